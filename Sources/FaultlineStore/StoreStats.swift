/// Counts shown by `faultline store stats`.
public struct StoreStats: Codable, Sendable, Hashable {
    public var documents: Int
    public var actors: Int
    public var events: Int
    public var claims: Int
    /// Filled by the caller after running the corpus analysis over the stored parts.
    public var contradictions: Int?
    public var schemaVersion: String

    public init(documents: Int, actors: Int, events: Int, claims: Int, contradictions: Int? = nil, schemaVersion: String) {
        self.documents = documents; self.actors = actors; self.events = events; self.claims = claims
        self.contradictions = contradictions; self.schemaVersion = schemaVersion
    }
}
