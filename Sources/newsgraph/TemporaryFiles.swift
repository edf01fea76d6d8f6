import Foundation

/// The temporary files the process has open in output folders, removed if the process is
/// interrupted (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE) before they are renamed into place.
///
/// A signal handler may only do async-signal-safe work, so the registry is a fixed table of C
/// strings allocated up front: registering copies the path into a free slot, the handler walks the
/// table and `unlink`s what it finds, then restores the default action and re-raises the signal, so
/// the process still ends the way the signal says (exit status 128 + signal number in a shell).
/// SIGKILL cannot be caught; `OutputFolder.prepare()` removes what such a run leaves behind.
enum TemporaryFiles {
    static let capacity = 32
    static let pathCapacity = 4096

    /// One slot per temporary file: a NUL-terminated path, or an empty string when the slot is free.
    /// Written by the registering thread, read by the signal handler; never freed.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<CChar> = {
        let table = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * pathCapacity)
        table.initialize(repeating: 0, count: capacity * pathCapacity)
        return table
    }()

    /// Guards the slot table against two threads registering at once (never taken by the handler).
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    /// Installs the handlers once. Call before the first temporary file is created.
    static func installSignalHandlers() {
        lock.lock()
        defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        _ = slots  // initialize the table now, not lazily inside the handler
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] {
            let previous = signal(number, removeAndReraise)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                // Ignored by whoever started us (`nohup`, a background job): keep it that way.
                signal(number, SIG_IGN)
            } else {
                sigaddset(&unblock, number)
            }
        }
        // A parent may start us with these signals blocked (a thread of a Swift program that
        // launched us with Process, for one): then no interrupt would ever reach the handler.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        // Beyond a file size limit (ulimit -f), make write(2) fail with EFBIG instead of killing
        // the process with SIGXFSZ, so the failure is reported and the temporary file removed.
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Records `path` so an interrupt removes it. Returns the slot to pass to `unregister`, or nil
    /// when the path is too long or the table is full (the file is then still removed on errors,
    /// only not on interrupts).
    static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < pathCapacity, !bytes.contains(0) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        for slot in 0..<capacity where slots[slot * pathCapacity] == 0 {
            let start = slots + slot * pathCapacity
            // Fill the path from its second byte on, then publish it by writing the first byte last.
            for (offset, byte) in bytes.enumerated().dropFirst() { start[offset] = CChar(bitPattern: byte) }
            start[bytes.count] = 0
            start[0] = CChar(bitPattern: bytes[0])
            return slot
        }
        return nil
    }

    /// Forgets a temporary file that was renamed into place or removed.
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        slots[slot * pathCapacity] = 0
    }

    /// The signal handler: only async-signal-safe calls (`unlink`, `signal`, `raise`).
    private static let removeAndReraise: @convention(c) (Int32) -> Void = { number in
        for slot in 0..<TemporaryFiles.capacity {
            let path = TemporaryFiles.slots + slot * TemporaryFiles.pathCapacity
            if path[0] != 0 { unlink(path) }
        }
        signal(number, SIG_DFL)
        raise(number)
    }
}
