import Testing

/// All Graphviz tests, run one at a time.
///
/// The renderer's own lock makes parallel use safe (see `RenderTests.eightConcurrentRendersAllSucceed`);
/// the tests are serialized only because some redirect the process's stderr to check it.
@Suite(.serialized)
struct GraphvizTests {}

/// Small hand-written graphs shared by the tests.
enum SampleDOT {
    /// Two nodes, one labeled edge; 1 inch wide or so.
    static let small = """
        digraph G {
          node [shape=box, fontname="DejaVu Sans"];
          a [label="Alpha"];
          b [label="Beta"];
          a -> b [label="calls", id="e1"];
        }
        """

    /// A ring with spokes for the force-directed engines.
    static func ring(_ count: Int) -> String {
        var lines = ["graph R {", "  node [shape=ellipse, fontname=\"DejaVu Sans\"];"]
        for index in 0..<count {
            lines.append("  n\(index) -- n\((index + 1) % count);")
            lines.append("  n\(index) -- n\((index * 7 + 3) % count);")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}
