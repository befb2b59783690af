/// What the contradiction map shows.
public struct ContradictionMapOptions: Sendable, Hashable {
    /// One cluster per dispute, or every contradicting claim with its speaker and events.
    public enum Detail: String, Sendable, Hashable, CaseIterable {
        /// Disputes when the analysis has them, else claims.
        case disputes
        /// Speakers, claims, events and one edge per contradiction.
        case claims
    }

    public var detail: Detail
    /// In the claim view: only claims that take part in a contradiction (with their speakers and events).
    /// When false, every claim is drawn unless there are more than `maxClaims`, in which
    /// case only contradicting ones are.
    public var onlyContradicted: Bool
    public var maxClaims: Int
    public var showLegend: Bool
    public var title: String?
    /// Prefixed to every SVG id, so several pictures can share one HTML page.
    public var idPrefix: String

    public init(detail: Detail = .disputes, onlyContradicted: Bool = false, maxClaims: Int = 150, showLegend: Bool = true,
                title: String? = nil, idPrefix: String = "") {
        self.detail = detail
        self.onlyContradicted = onlyContradicted; self.maxClaims = maxClaims
        self.showLegend = showLegend; self.title = title; self.idPrefix = idPrefix
    }
}
