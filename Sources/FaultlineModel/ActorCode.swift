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
        let chars = Array(code.uppercased())
        guard !chars.isEmpty, chars.count % 3 == 0, chars.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else { return nil }
        root = String(chars[0..<3])
        sectors = stride(from: 3, to: chars.count, by: 3).map { String(chars[$0..<$0 + 3]) }
    }

    public var description: String { root + sectors.joined() }

    /// The first sector, the one that decides the actor's role (`GOV`, `MIL`, `REB` …).
    public var primarySector: String? { sectors.first }
}
