import Foundation

/// Reads a byte stream line by line with bounded memory: only the current chunk and the
/// current line are held, and a line longer than `maxLineBytes` is skipped while it is
/// read (its bytes are never accumulated), so a 200 MB single line costs no more memory
/// than a short one.
struct LineReader {
    struct Line {
        /// 1-based line number.
        var number: Int
        /// Byte offset of the line's first byte in the stream.
        var offset: Int
        /// The line without its terminator (`\n` or `\r\n`); empty when `overflow` is set.
        var bytes: [UInt8]
        /// Length in bytes of a line that exceeded the limit and was skipped.
        var overflow: Int?
    }

    private let handle: FileHandle
    private let chunkSize: Int
    let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var streamOffset = 0
    private var lineNumber = 0
    private var atEnd = false

    /// `prefix` holds bytes already read from the handle (e.g. while sniffing the format).
    init(handle: FileHandle, maxLineBytes: Int, chunkSize: Int = 64 * 1024, prefix: [UInt8] = []) {
        self.handle = handle
        self.maxLineBytes = maxLineBytes
        self.chunkSize = max(1, chunkSize)
        self.buffer = prefix
    }

    /// Reads more bytes into the buffer; false at end of stream.
    private mutating func fill() -> Bool {
        if atEnd { return false }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        let data = (try? handle.read(upToCount: chunkSize)) ?? nil
        guard let data, !data.isEmpty else { atEnd = true; return false }
        buffer.append(contentsOf: data)
        return true
    }

    /// The next line, or nil at the end of the stream.
    mutating func next() -> Line? {
        var scan = position
        var skipped = 0
        var overflowing = false
        let lineStart = streamOffset
        while true {
            if let nl = buffer[scan...].firstIndex(of: 0x0A) {
                lineNumber += 1
                var end = nl
                if overflowing {
                    let total = skipped + (nl - position)
                    streamOffset += nl + 1 - position
                    position = nl + 1
                    return Line(number: lineNumber, offset: lineStart, bytes: [], overflow: total)
                }
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                if end - position > maxLineBytes {
                    let total = nl - position
                    streamOffset += nl + 1 - position
                    position = nl + 1
                    return Line(number: lineNumber, offset: lineStart, bytes: [], overflow: total)
                }
                let bytes = Array(buffer[position..<end])
                streamOffset += nl + 1 - position
                position = nl + 1
                return Line(number: lineNumber, offset: lineStart, bytes: bytes, overflow: nil)
            }
            // No newline yet in the buffer.
            if buffer.count - position > maxLineBytes {
                // Too long: drop what we have and keep skipping until the newline.
                overflowing = true
                skipped += buffer.count - position
                streamOffset += buffer.count - position
                position = buffer.count
            }
            let pending = buffer.count - position
            if !fill() {
                // End of stream: the last line has no terminator.
                if pending == 0 && !overflowing { return nil }
                lineNumber += 1
                if overflowing {
                    return Line(number: lineNumber, offset: lineStart, bytes: [], overflow: skipped)
                }
                var end = buffer.count
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let bytes = Array(buffer[position..<end])
                streamOffset += buffer.count - position
                position = buffer.count
                return Line(number: lineNumber, offset: lineStart, bytes: bytes, overflow: nil)
            }
            scan = position + pending
        }
    }
}
