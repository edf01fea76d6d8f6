import Foundation

/// Wall-clock and CPU time, resident memory, and the one-line JSON results the runner collects.
enum Measure {
    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Times `body`, returning its result and the elapsed seconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, now() - start)
    }

    /// User + system CPU seconds this process has used so far (all threads).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The most resident memory this process has had, in MB (Linux reports ru_maxrss in KiB).
    static func peakRSSMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Resident memory now, in MB, from /proc/self/statm (0 where that file does not exist).
    static func currentRSSMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// Words as Python's `str.split()` counts them: runs of non-whitespace.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}

/// One result line: `{"bench": …, "key": value, …}` with keys in the order given.
struct ResultLine {
    private var fields: [(String, String)] = []

    init(bench: String) { set("bench", bench) }

    mutating func set(_ key: String, _ value: String) {
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        fields.append((key, "\"\(escaped)\""))
    }

    mutating func set(_ key: String, _ value: Int) { fields.append((key, String(value))) }

    mutating func set(_ key: String, _ value: Double) {
        fields.append((key, value.isFinite ? String(format: "%.6g", value) : "null"))
    }

    var text: String { "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}" }

    /// Prints the line to standard output, where run.sh collects it.
    func emit() {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
