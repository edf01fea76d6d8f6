import Foundation

/// Reads a whole file, but never more than a limit: a file that claims to be small and grows, a
/// pipe or a device such as `/dev/zero` cannot make the reader exhaust memory.
enum BoundedFile {
    enum Failure: Error, Equatable {
        /// The file is larger than the limit; its size when known.
        case tooLarge(Int?)
        /// The system's reason, e.g. "Permission denied".
        case unreadable(String)
    }

    static func read(_ path: String, limit: Int) -> Result<Data, Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        if info.st_mode & S_IFMT == S_IFDIR { return .failure(.unreadable(String(cString: strerror(EISDIR)))) }
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        let size = Int(info.st_size)
        if isRegular, size > limit { return .failure(.tooLarge(size)) }

        // One byte more than the limit tells a file at the limit from a larger one.
        var data = Data(count: isRegular ? min(size, limit) + 1 : min(limit + 1, 1 << 16))
        var count = 0
        while true {
            if count == data.count {
                // Full, and still within the limit (larger was refused below): grow.
                data.count = min(data.count * 2, limit + 1)
            }
            let got = data.withUnsafeMutableBytes { raw in
                Foundation.read(fd, raw.baseAddress! + count, raw.count - count)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            count += got
            if count > limit { return .failure(.tooLarge(nil)) }
        }
        data.count = count
        return .success(data)
    }

    /// A size in megabytes for messages: "64", "100.5".
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
