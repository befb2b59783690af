/// Reads structured values from a fuzzer's byte string, front to back.
///
/// Every read succeeds: when the bytes run out, numbers read as 0 and strings as empty,
/// so any input (including the empty one) is a valid test case and small mutations of a
/// seed change a field without shifting all the others.
public struct FuzzInput {
    public let bytes: [UInt8]
    public private(set) var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = Array(bytes) }

    public var isAtEnd: Bool { position >= bytes.count }

    /// The next byte, or 0 at the end.
    public mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A number in `0..<bound` (bound > 0) from one byte.
    public mutating func int(below bound: Int) -> Int {
        Int(byte()) % max(1, bound)
    }

    public mutating func bool() -> Bool { byte() & 1 == 1 }

    /// The bytes up to the next `separator` (consumed, not included), or to the end;
    /// at most `limit` bytes are returned.
    public mutating func field(separator: UInt8 = 0, limit: Int = 4096) -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] != separator { position += 1 }
        let end = position
        if position < bytes.count { position += 1 }
        return Array(bytes[start..<min(end, start + limit)])
    }

    /// A field decoded as UTF-8 with replacement (any bytes are a string).
    public mutating func string(separator: UInt8 = 0, limit: Int = 4096) -> String {
        String(decoding: field(separator: separator, limit: limit), as: UTF8.self)
    }

    /// Everything not read yet.
    public mutating func rest() -> [UInt8] {
        defer { position = bytes.count }
        return position < bytes.count ? Array(bytes[position...]) : []
    }
}
