/// A CAMEO/Phoenix actor code split into its root and sectors: `RUSGOV` = `RUS` + [`GOV`].
///
/// Roots are 3 letters (ISO alpha-3, or `IGO`/`NGO`/`IMG`/`MNC`/`WST` …) and sectors are
/// 3-letter groups; the whole code is the concatenation.
public struct ActorCode: Codable, Sendable, Hashable, CustomStringConvertible {
    public var root: String
    public var sectors: [String]

    public init(root: String, sectors: [String] = []) {
        self.root = root; self.sectors = sectors
    }

    /// Parses `RUSGOV`, `NGOHLHIRC`, `SYR`; nil when the length is not a multiple of 3 or not A–Z.
    public init?(_ code: String) {
        // ASCII: one byte per character; only A–Z (after uppercasing) can pass.
        if code.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = code.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
            guard !bytes.isEmpty, bytes.count % 3 == 0, bytes.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
            root = String(decoding: bytes[0..<3], as: UTF8.self)
            sectors = stride(from: 3, to: bytes.count, by: 3).map { String(decoding: bytes[$0..<$0 + 3], as: UTF8.self) }
            return
        }
        let chars = Array(code.uppercased())
        guard !chars.isEmpty, chars.count % 3 == 0, chars.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else { return nil }
        root = String(chars[0..<3])
        sectors = stride(from: 3, to: chars.count, by: 3).map { String(chars[$0..<$0 + 3]) }
    }

    public var description: String { root + sectors.joined() }

    /// The first sector, the one that decides the actor's role (`GOV`, `MIL`, `REB` …).
    public var primarySector: String? { sectors.first }
}
