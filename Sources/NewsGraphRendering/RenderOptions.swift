/// Settings for ``GraphvizRenderer/render(dot:format:layout:options:)``.
public struct RenderOptions: Sendable, Hashable {
    /// The resolution used when ``dpi`` is not changed: sharp on screen and fine for printing.
    public static let defaultDPI: Double = 150

    /// The longest side of a raster image when ``maxPixels`` is not changed: 40 inches at
    /// 150 dpi, 20 at 300. A 2,000-node graph drawn at full size would be 12,000 × 8,500
    /// pixels (37 MB of PNG, 15 s to encode).
    public static let defaultMaxPixels = 6000

    /// Dots per inch for raster output (PNG); vector formats ignore it.
    ///
    /// It overrides a `dpi` attribute in the DOT text. `nil` keeps the DOT text's own value, or
    /// Graphviz's default (96) when it has none. A 1-inch-wide drawing is 150 px wide at 150 dpi.
    public var dpi: Double?

    /// The most pixels a raster image may have on its longest side; larger drawings are scaled
    /// down to fit (Graphviz's `size`). Vector formats ignore it, and so does a DOT text that
    /// sets `size` itself. `nil` draws at full size.
    public var maxPixels: Int?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - dpi: Dots per inch for PNG output; must be positive. `nil` keeps the DOT text's value.
    ///   - maxPixels: The longest side of a PNG, in pixels; `nil` for no limit.
    public init(dpi: Double? = RenderOptions.defaultDPI, maxPixels: Int? = RenderOptions.defaultMaxPixels) {
        self.dpi = dpi
        self.maxPixels = maxPixels
    }
}
