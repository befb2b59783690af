/// Which stored documents to load: filters that SQL can apply before anything is decoded.
///
/// A document is selected when at least one of its events matches every given filter;
/// the corpus analysis then filters events exactly. Dates compare as TIMEX3 prefixes, so
/// `from: "2016-12"` keeps `2016-12-14`.
public struct StoreQuery: Sendable, Hashable {
    public var from: String?
    public var to: String?
    /// Actor id taking part in an event (source, target or location).
    public var actor: String?
    /// Country root of an actor taking part in an event (`RUS`).
    public var country: String?

    public init(from: String? = nil, to: String? = nil, actor: String? = nil, country: String? = nil) {
        self.from = from; self.to = to; self.actor = actor; self.country = country
    }

    public var isEmpty: Bool { from == nil && to == nil && actor == nil && country == nil }
}
