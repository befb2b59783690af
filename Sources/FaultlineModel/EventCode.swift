/// A CAMEO event code with what the CAMEO tables say about it.
public struct EventCode: Codable, Sendable, Hashable {
    /// CAMEO code: `041`, `0871`, `195`.
    public var cameo: String
    /// PLOVER category (`CONSULT`, `ASSAULT` …).
    public var plover: String
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quad: Int
    /// Goldstein conflict–cooperation score, −10 … +10.
    public var goldstein: Double

    public init(cameo: String, plover: String, quad: Int, goldstein: Double) {
        self.cameo = cameo; self.plover = plover; self.quad = quad; self.goldstein = goldstein
    }

    /// The two-digit root (`19` for `195`).
    public var root: String { String(cameo.prefix(2)) }

    /// Quad class from a CAMEO root, as GDELT defines it.
    public static func quadClass(root: Int) -> Int {
        switch root {
        case 1...5: return 1
        case 6...8: return 2
        case 9...13: return 3
        default: return 4
        }
    }
}
