import Foundation

/// The output of a successful render: the image and what Graphviz complained about on the way.
public struct RenderResult: Sendable, Hashable {
    /// The encoded image (SVG text in UTF-8, PNG or PDF bytes).
    public var data: Data

    /// Graphviz's warnings (and errors it recovered from), one message per element, in order.
    ///
    /// For example `Warning: using box for unknown shape nosuchshape`, or `Error: not well-formed
    /// (invalid token) in line 1 … in label of node a` for a bad HTML-like label that Graphviz
    /// replaced with the node's name. Nothing of this is printed; show it to the user as you see fit.
    public var warnings: [String]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - data: The encoded image.
    ///   - warnings: Graphviz's messages, in order.
    public init(data: Data, warnings: [String] = []) {
        self.data = data
        self.warnings = warnings
    }
}

/// The output of ``GraphvizRenderer/render(dot:formats:layout:options:)``: one image per format,
/// drawn from one layout, and what Graphviz complained about on the way.
public struct RenderedImages: Sendable, Hashable {
    /// The encoded images by format.
    public var images: [ImageFormat: Data]

    /// The layout the images were drawn from, when it was asked for.
    public var layout: GraphLayout?

    /// Graphviz's warnings for the whole call (layout and every format), in order.
    public var warnings: [String]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - images: The encoded images by format.
    ///   - layout: The layout they were drawn from, if asked for.
    ///   - warnings: Graphviz's messages, in order.
    public init(images: [ImageFormat: Data], layout: GraphLayout? = nil, warnings: [String] = []) {
        self.images = images
        self.layout = layout
        self.warnings = warnings
    }

    /// The image in `format`, if it was asked for.
    public subscript(format: ImageFormat) -> Data? { images[format] }
}
