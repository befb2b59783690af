/// A resolved date attached to an event or a claim (`date` in the contract).
public struct EventDate: Codable, Sendable, Hashable {
    /// TIMEX3 value: `2016-12-14`, `2016-12`, `2016-W50`, `XXXX-12-14`, nil when undated.
    public var value: String?
    public var precision: DatePrecision
    /// The expression it came from; nil when inherited.
    public var text: String?
    public var anchor: DateAnchor

    public init(value: String?, precision: DatePrecision, text: String?, anchor: DateAnchor) {
        self.value = value; self.precision = precision; self.text = text; self.anchor = anchor
    }

    /// An undated event: no expression and nothing to inherit.
    public static let none = EventDate(value: nil, precision: .unknown, text: nil, anchor: .none)

    enum CodingKeys: String, CodingKey { case value, precision, text, anchor }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(precision, forKey: .precision)
        try c.encode(text, forKey: .text)
        try c.encode(anchor, forKey: .anchor)
    }
}

public enum DatePrecision: String, Codable, Sendable, Hashable, CaseIterable {
    case day, week, month, year, unknown
}

/// How a date was obtained; see the anchoring policy in the README.
public enum DateAnchor: String, Codable, Sendable, Hashable, CaseIterable {
    /// The sentence states the date.
    case explicit
    /// Inherited from the document creation time.
    case document
    /// Inherited from an earlier date in the paragraph or lead.
    case previous
    /// Computed from a relative expression (`hôm qua`, `the next day`).
    case relative
    case none
}

/// Part of the day an event happened in (`timeOfDay`).
public enum TimeOfDay: String, Codable, Sendable, Hashable, CaseIterable {
    case dawn, morning, noon, afternoon, evening, night
}

/// TIMEX3 `type`.
public enum TimexType: String, Codable, Sendable, Hashable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A temporal expression found in text, with its TIMEX3 value.
///
/// Offsets are UTF-8 byte offsets into the text the tagger was given.
public struct TimeExpression: Codable, Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public var type: TimexType
    /// TIMEX3 value (`2016-12-14`, `2016-12-14TMO`, `P3D`, `PAST_REF`, `XXXX-12-14`).
    public var value: String
    public var anchor: DateAnchor
    public var timeOfDay: TimeOfDay?
    /// True when the form allowed two readings (`03/04`) and a locale rule chose one.
    public var ambiguous: Bool
    /// The rule that matched, for `explain`.
    public var rule: String

    public init(text: String, start: Int, end: Int, type: TimexType, value: String, anchor: DateAnchor,
                timeOfDay: TimeOfDay? = nil, ambiguous: Bool = false, rule: String) {
        self.text = text; self.start = start; self.end = end; self.type = type; self.value = value
        self.anchor = anchor; self.timeOfDay = timeOfDay; self.ambiguous = ambiguous; self.rule = rule
    }
}
