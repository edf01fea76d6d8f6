/// Settings for ``GraphvizRenderer/render(dot:format:layout:options:)``.
public struct RenderOptions: Sendable, Hashable {
    /// The resolution used when ``dpi`` is not changed: sharp on screen and fine for printing.
    public static let defaultDPI: Double = 150

    /// Dots per inch for raster output (PNG); vector formats ignore it.
    ///
    /// It overrides a `dpi` attribute in the DOT text. `nil` keeps the DOT text's own value, or
    /// Graphviz's default (96) when it has none. A 1-inch-wide drawing is 150 px wide at 150 dpi.
    public var dpi: Double?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - dpi: Dots per inch for PNG output; must be positive. `nil` keeps the DOT text's value.
    public init(dpi: Double? = RenderOptions.defaultDPI) {
        self.dpi = dpi
    }
}
