/// A real-world actor: one id per actor within and across documents.
public struct Actor: Codable, Sendable, Hashable {
    /// Stable slug (`sergei-lavrov`, `russia`), derived from the canonical name.
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// CAMEO/Phoenix code (`RUSGOV`, `SYRREB`, `IGOUNO`), nil when none applies.
    public var code: String?
    /// ISO 3166 alpha-3 or IGO/NGO root, nil when none.
    public var country: String?
    /// Surface forms seen in the texts, sorted.
    public var aliases: [String]
    public var mentions: Int
    /// The code of the country or organisation the text says installed, appointed or backs
    /// the actor (`RUS` for `Kremlin-backed separatists` coded `UKRREB`, `IGOUNO` for a
    /// `UN-backed government`), nil when the text names none. The actor stands on that
    /// patron's side in a conflict whatever its own code. Written to JSON only when set.
    public var affiliation: String?

    public init(id: String, name: String, kind: ActorKind, code: String?, country: String?,
                aliases: [String] = [], mentions: Int = 0, affiliation: String? = nil) {
        self.id = id; self.name = name; self.kind = kind; self.code = code
        self.country = country; self.aliases = aliases; self.mentions = mentions
        self.affiliation = affiliation
    }

    enum CodingKeys: String, CodingKey { case id, name, kind, code, country, aliases, mentions, affiliation }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(kind, forKey: .kind)
        try c.encode(code, forKey: .code)
        try c.encode(country, forKey: .country)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(mentions, forKey: .mentions)
        try c.encodeIfPresent(affiliation, forKey: .affiliation)
    }
}

/// What sort of actor this is (`kind` in the contract).
public enum ActorKind: String, Codable, Sendable, Hashable, CaseIterable {
    case country, person, organization
    case armedGroup = "armed-group"
    case population, media, location, group, unknown
}
