import Foundation

/// The one JSON encoder every output goes through, so that the same input gives
/// byte-identical JSON: sorted keys, no escaped slashes, fixed float formatting.
public enum JSONOutput {
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                    : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// Encodes `value` as UTF-8 JSON text with a trailing newline when pretty.
    public static func data<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        var d = try encoder(pretty: pretty).encode(value)
        if pretty { d.append(0x0A) }
        return d
    }

    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        String(decoding: try data(value, pretty: pretty), as: UTF8.self)
    }
}
