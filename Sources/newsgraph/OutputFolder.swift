import Foundation

/// The folder `build` writes into. Files are written to a temporary file in the folder and renamed
/// into place, so a failure never leaves a half-written file and earlier outputs stay intact.
struct OutputFolder {
    let path: String

    enum Failure: LocalizedError {
        case cannotCreate(String, String)
        case notWritable(String)
        case writeFailed(String, String)

        var errorDescription: String? {
            switch self {
            case .cannotCreate(let path, let reason): return "\(path): cannot create the output folder (\(reason)); choose another with -o"
            case .notWritable(let path): return "\(path): the output folder is not writable; choose another with -o or fix its permissions"
            case .writeFailed(let path, let reason): return "\(path): cannot write (\(reason)); check free disk space and permissions"
            }
        }
    }

    /// Creates the folder if needed and checks that files can be created in it, before any work is done.
    func prepare() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Failure.cannotCreate(path, "a file of that name exists") }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw Failure.cannotCreate(path, (error as NSError).localizedDescription)
            }
        }
        guard FileManager.default.isWritableFile(atPath: path) else { throw Failure.notWritable(path) }
    }

    /// Writes `data` to `name` atomically: a temporary file in the same folder, then a rename.
    func write(_ data: Data, to name: String) throws {
        let target = (path as NSString).appendingPathComponent(name)
        let temporary = (path as NSString).appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure.writeFailed(target, "the temporary file could not be written")
        }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure.writeFailed(target, reason)
        }
    }
}
