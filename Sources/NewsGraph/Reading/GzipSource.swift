import CZlib

/// The decompressed bytes of a gzip (or zlib) stream read from another source, a piece at a
/// time. Files of several gzip members (`cat a.gz b.gz`) are read whole; bytes after the last
/// member that start no other are ignored, as `gzip -d` does.
///
/// Compressed data that is corrupt, or ends before its member does (a truncated download),
/// throws a `ByteSourceError` saying so, once every byte that could be decompressed was given.
final class GzipSource: ByteSource {
    private let source: ByteSource
    private var stream = z_stream()
    private let input: UnsafeMutableRawBufferPointer
    private var inputEnded = false
    /// A member ended: more input starts another one.
    private var memberEnded = false
    private var membersRead = 0
    private var done = false
    /// An error met after some bytes were given: thrown at the next read.
    private var pendingError: ByteSourceError?

    init(_ source: ByteSource) throws(ByteSourceError) {
        self.source = source
        input = .allocate(byteCount: 1 << 16, alignment: 1)
        guard newsgraph_inflate_init(&stream) == Z_OK else {
            input.deallocate()
            throw ByteSourceError(reason: "zlib cannot start decompressing")
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    /// Whether bytes start like gzip data (1F 8B).
    static func isGzip(_ prefix: some Collection<UInt8>) -> Bool {
        prefix.starts(with: [0x1F, 0x8B])
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteSourceError) -> Int {
        if let error = pendingError {
            pendingError = nil
            done = true
            throw error
        }
        guard !done, let out = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let room = min(buffer.count, Int(UInt32.max))
        while true {
            if stream.avail_in == 0, !inputEnded {
                let got = try source.read(into: input)
                if got == 0 {
                    inputEnded = true
                } else {
                    stream.next_in = UnsafePointer(input.baseAddress!.assumingMemoryBound(to: UInt8.self))
                    stream.avail_in = UInt32(got)
                }
            }
            if stream.avail_in == 0, inputEnded {
                done = true
                if memberEnded { return 0 }
                throw ByteSourceError(reason: "unexpected end of compressed data (the file is truncated)")
            }
            if memberEnded {
                guard inflateReset(&stream) == Z_OK else { throw ByteSourceError(reason: "zlib cannot restart") }
                memberEnded = false
            }
            stream.next_out = out.assumingMemoryBound(to: UInt8.self)
            stream.avail_out = UInt32(room)
            let status = inflate(&stream, Z_NO_FLUSH)
            let produced = room - Int(stream.avail_out)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                break
            case Z_STREAM_END:
                memberEnded = true
                membersRead += 1
            default:
                // After a whole member, bytes that start no other one are padding: the end.
                if membersRead > 0, produced == 0, status == Z_DATA_ERROR, stream.total_out == 0 {
                    done = true
                    return 0
                }
                let detail = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                let error = ByteSourceError(reason: "corrupt compressed data (\(detail))")
                if produced > 0 {
                    pendingError = error
                    return produced
                }
                done = true
                throw error
            }
            if produced > 0 { return produced }
        }
    }
}
