/// Turning raw bytes into text: binary sniffing and UTF-8 decoding with a report.
///
/// Invalid UTF-8 is **decoded with replacement** (every bad sequence becomes U+FFFD) rather
/// than skipped: one mis-encoded byte in a scraped article should not cost the whole
/// article. The caller reports a warning naming the file and the byte offset of the first
/// bad sequence, so the user can find and fix it.
enum ByteDecoding {
    /// Bytes examined to decide whether an input is binary.
    static let sniffLength = 64 * 1024

    /// True when the bytes look like a binary file rather than text: a NUL byte, or more
    /// than 10% control bytes other than tab, newline, carriage return and form feed.
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        var controls = 0
        var count = 0
        for b in bytes.prefix(sniffLength) {
            count += 1
            if b == 0 { return true }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { controls += 1 }
            else if b == 0x7F { controls += 1 }
        }
        return count > 0 && controls * 10 > count
    }

    /// Offset of the first byte of the first invalid UTF-8 sequence, or nil when valid.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let len: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: len = 2
            case 0xE0: len = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: len = 3
            case 0xED: len = 3; upper = 0x9F
            case 0xF0: len = 4; lower = 0x90
            case 0xF1...0xF3: len = 4
            case 0xF4: len = 4; upper = 0x8F
            default: return i
            }
            if i + len > n { return i }
            let b1 = bytes[i + 1]
            if b1 < lower || b1 > upper { return i }
            var k = 2
            while k < len {
                if bytes[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += len
        }
        return nil
    }

    /// Decodes UTF-8 (a leading byte-order mark dropped), replacing invalid sequences with
    /// U+FFFD; returns the offset of the first invalid byte (relative to `bytes`) if any.
    static func decode(_ bytes: some Collection<UInt8>) -> (text: String, firstInvalid: Int?) {
        var bom = 0
        var it = bytes.makeIterator()
        if it.next() == 0xEF, it.next() == 0xBB, it.next() == 0xBF { bom = 3 }
        let body = bytes.dropFirst(bom)
        let result: (String, Int?)? = body.withContiguousStorageIfAvailable { buf in
            (String(decoding: buf, as: UTF8.self), firstInvalidUTF8(buf).map { $0 + bom })
        }
        if let result { return result }
        let array = Array(body)
        return array.withUnsafeBufferPointer { buf in
            (String(decoding: buf, as: UTF8.self), firstInvalidUTF8(buf).map { $0 + bom })
        }
    }

    /// UTF-16 with a byte-order mark (some Windows tools write it); nil otherwise.
    static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let little: Bool
        if bytes[0] == 0xFF, bytes[1] == 0xFE { little = true }
        else if bytes[0] == 0xFE, bytes[1] == 0xFF { little = false }
        else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(little ? a | (b << 8) : (a << 8) | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
