import Foundation

/// The folder `build` writes into.
///
/// Every file is first written to a temporary file in the same folder (`.graph.json.newsgraph-PID.tmp`),
/// flushed to disk, and then renamed over the old one, so a failure (disk full, a file size
/// limit, an interrupt) never leaves a half-written file: each output is either the previous one or
/// the complete new one. Temporary files are removed on errors and on SIGINT, SIGTERM and SIGHUP
/// (see `TemporaryFiles`); those of a run killed outright are removed by the next `prepare()`.
struct OutputFolder {
    let path: String

    enum Failure: LocalizedError, Equatable {
        case cannotCreate(String, String)
        case notWritable(String, String)
        case writeFailed(String, String)

        var errorDescription: String? {
            switch self {
            case .cannotCreate(let path, let reason):
                return "\(path): cannot create the output folder (\(reason)); choose another with -o"
            case .notWritable(let path, let reason):
                return "\(path): cannot write in the output folder (\(reason)); choose another with -o or fix its permissions"
            case .writeFailed(let path, let reason):
                return "\(path): cannot write (\(reason)); check free disk space and permissions; the previous file, if any, is unchanged"
            }
        }
    }

    /// Creates the folder if needed and proves that files can be created in it by creating one,
    /// before any work is done. Removes temporary files that killed runs left behind.
    func prepare() throws {
        TemporaryFiles.installSignalHandlers()
        guard !path.isEmpty else { throw Failure.cannotCreate("\"\"", "the path is empty") }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Failure.cannotCreate(path, "a file of that name exists") }
        } else {
            try Self.makeFolders(path)
        }
        // access(2) says yes to root even on a read-only file system: create a file to be sure.
        do {
            try stage(Data(), as: "probe").remove()
        } catch let Failure.writeFailed(_, reason) {
            throw Failure.notWritable(path, reason)
        }
        removeStaleTemporaries()
    }

    // Writing: `stage` each file (a temporary file next to it, flushed to disk), `add` it to
    // `StagedFiles`, then `commit()` renames them all, so running out of space half-way leaves all
    // earlier outputs as they were.

    /// Files written under their temporary names, renamed over their targets by ``commit()``
    /// (all of them, or, on a failure, none of the rest); those never committed are removed.
    final class StagedFiles {
        fileprivate var files: [Temporary] = []

        func add(_ file: Temporary) { files.append(file) }

        func commit() throws {
            OutputFolder.pauseForTests()
            while !files.isEmpty {
                let temporary = files.removeFirst()
                do {
                    try temporary.rename()
                } catch {
                    temporary.remove()
                    throw error
                }
            }
        }

        deinit { for temporary in files { temporary.remove() } }
    }

    /// Tests interrupt a run while its temporary files exist: `NEWSGRAPH_TEST_PAUSE_BEFORE_RENAME`
    /// (seconds) holds the process between writing them and renaming them.
    fileprivate static func pauseForTests() {
        guard let value = ProcessInfo.processInfo.environment["NEWSGRAPH_TEST_PAUSE_BEFORE_RENAME"],
              let seconds = Double(value), seconds > 0 else { return }
        Thread.sleep(forTimeInterval: min(seconds, 60))
    }

    // MARK: Temporary files

    /// The name of a temporary file: hidden, naming its target and the process that writes it.
    static func temporaryName(for name: String, pid: Int32 = getpid()) -> String {
        ".\(name).newsgraph-\(pid).tmp"
    }

    /// A written temporary file that has not been renamed yet.
    struct Temporary {
        let path: String
        let target: String
        let slot: Int?

        /// Its size in bytes.
        var size: Int {
            var info = stat()
            return stat(path, &info) == 0 ? Int(info.st_size) : 0
        }

        func rename() throws {
            guard Foundation.rename(path, target) == 0 else {
                throw Failure.writeFailed(target, String(cString: strerror(errno)))
            }
            TemporaryFiles.unregister(slot)
        }

        func remove() {
            unlink(path)
            TemporaryFiles.unregister(slot)
        }
    }

    /// Writes `data` to a new temporary file next to `name` and flushes it to disk.
    func stage(_ data: Data, as name: String) throws -> Temporary {
        try stage(name, filling: { descriptor in
            var failure: Int32 = 0
            data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += count
                }
            }
            if failure != 0 { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
        })
    }

    /// Creates a new temporary file next to `name`, lets `write` fill it through a handle (an
    /// encoder streaming its output: the file need never be in memory whole), then flushes it to
    /// disk. The file is written through the descriptor that created it, never opened again by
    /// path: an interrupt that removes it cannot be followed by its re-creation.
    ///
    /// - Throws: `Failure.writeFailed` for a file error (`POSIXError`, or a `CocoaError` with a
    ///   system error under it); any other error `write` throws, unchanged. The temporary file is
    ///   removed.
    func stage(_ name: String, writingThrough write: (FileHandle) throws -> Void) throws -> Temporary {
        try stage(name, filling: { descriptor in
            try write(FileHandle(fileDescriptor: descriptor, closeOnDealloc: false))
        })
    }

    /// Creates the temporary file for `name`, lets `fill` write into its descriptor, flushes it.
    private func stage(_ name: String, filling fill: (Int32) throws -> Void) throws -> Temporary {
        let target = (path as NSString).appendingPathComponent(name)
        let temporaryPath = (path as NSString).appendingPathComponent(Self.temporaryName(for: name))
        let slot = TemporaryFiles.register(temporaryPath)
        func fail(_ reason: String) -> Failure {
            unlink(temporaryPath)
            TemporaryFiles.unregister(slot)
            return Failure.writeFailed(target, reason)
        }
        unlink(temporaryPath)  // left by an earlier process with the same id
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw fail(String(cString: strerror(errno))) }
        var failure: Int32 = 0
        do {
            try fill(fd)
        } catch let error as POSIXError {
            failure = error.code.rawValue
        } catch let error as CocoaError where error.userInfo[NSUnderlyingErrorKey] is POSIXError {
            failure = (error.userInfo[NSUnderlyingErrorKey] as! POSIXError).code.rawValue
        } catch {
            _ = close(fd)
            unlink(temporaryPath)
            TemporaryFiles.unregister(slot)
            throw error
        }
        if failure == 0, fsync(fd) != 0, errno != EINVAL { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        guard failure == 0 else { throw fail(String(cString: strerror(failure))) }
        return Temporary(path: temporaryPath, target: target, slot: slot)
    }

    /// Removes `.…newsgraph-PID.tmp` files whose process no longer exists (a run killed with SIGKILL
    /// or by a power cut). Files of running processes are left alone.
    private func removeStaleTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            guard let marker = name.range(of: ".newsgraph-", options: .backwards),
                  let pid = Int32(name[marker.upperBound...].dropLast(4)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                unlink((path as NSString).appendingPathComponent(name))
            }
        }
    }

    /// `mkdir -p`, with the system's reason on failure ("Not a directory", "Read-only file system").
    private static func makeFolders(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o777) != 0 {
                let code = errno
                var isFolder: ObjCBool = false
                let exists = code == EEXIST && FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder)
                if !(exists && isFolder.boolValue) {
                    throw Failure.cannotCreate(path, exists ? "\(prefix) is a file" : String(cString: strerror(code)))
                }
            }
            prefix += "/"
        }
    }
}
