/// An image format that ``GraphvizRenderer`` can produce.
///
/// SVG comes from Graphviz's core plugin; PNG and PDF go through its cairo plugin
/// (Debian: `apt-get install -y libgraphviz-dev graphviz`).
public enum ImageFormat: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Scalable Vector Graphics (text, UTF-8).
    case svg
    /// Portable Network Graphics, rasterized at ``RenderOptions/dpi``.
    case png
    /// Portable Document Format.
    case pdf

    /// The usual file-name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// Whether the output is a bitmap, so that ``RenderOptions/dpi`` changes its size in pixels.
    public var isRaster: Bool { self == .png }

    /// The name Graphviz uses for the output format (`-T` on the command line).
    var graphvizName: String { rawValue }

    /// The format's name for messages: "SVG", "PNG", "PDF".
    public var description: String { rawValue.uppercased() }
}
