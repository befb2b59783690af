import FaultlineModel

/// A calendar unit of a relative expression or a duration.
enum TimeUnit: String, Sendable, Hashable {
    case day = "D", week = "W", weekend = "WE", fortnight = "FN", month = "M", quarter = "Q"
    case year = "Y", decade = "DE", century = "CE", millennium = "ML"
    case hour = "H", minute = "MIN", second = "S"

    /// Units below a day are written after `T` in durations (`PT3H`).
    var isClock: Bool { self == .hour || self == .minute || self == .second }
}

/// The calendar fields an expression states outright; missing fields are filled by anchoring.
///
/// Each optional number is stored as a plain `Int` with `Int.min` for "absent" (no rule
/// writes `Int.min`: every value comes from at most nine digits or a small offset): an
/// `Int?` takes 16 bytes where an `Int` takes 8, and a `TimexParse` holding these fields is
/// copied at every rule result, candidate and join, so the smaller struct copies faster.
/// The optional properties read and write the packed storage, so rules see `Int?` as before.
struct CalendarFields: Sendable, Hashable {
    var year: Int? {
        get { _year == CalendarFields.absent ? nil : _year }
        set { _year = newValue ?? CalendarFields.absent }
    }
    var month: Int? {
        get { _month == CalendarFields.absent ? nil : _month }
        set { _month = newValue ?? CalendarFields.absent }
    }
    var day: Int? {
        get { _day == CalendarFields.absent ? nil : _day }
        set { _day = newValue ?? CalendarFields.absent }
    }
    /// `SP`, `SU`, `FA`, `WI`.
    var season: String?
    var quarter: Int? {
        get { _quarter == CalendarFields.absent ? nil : _quarter }
        set { _quarter = newValue ?? CalendarFields.absent }
    }
    var half: Int? {
        get { _half == CalendarFields.absent ? nil : _half }
        set { _half = newValue ?? CalendarFields.absent }
    }
    /// First three digits of a decade's years (`194` for the 1940s) when the century is known.
    var decade: Int? {
        get { _decade == CalendarFields.absent ? nil : _decade }
        set { _decade = newValue ?? CalendarFields.absent }
    }
    /// A decade written with two digits (`thập niên 90`, `the '90s`): the century comes from the anchor.
    var shortDecade: Int? {
        get { _shortDecade == CalendarFields.absent ? nil : _shortDecade }
        set { _shortDecade = newValue ?? CalendarFields.absent }
    }
    /// TIMEX3 century: 19 for the 20th century, -4 for the 5th century BC.
    var century: Int? {
        get { _century == CalendarFields.absent ? nil : _century }
        set { _century = newValue ?? CalendarFields.absent }
    }
    /// A year written with two digits (`14/12/16`, `'99`): the century comes from the anchor.
    var shortYear: Int? {
        get { _shortYear == CalendarFields.absent ? nil : _shortYear }
        set { _shortYear = newValue ?? CalendarFields.absent }
    }
    var bc = false
    /// A year given relative to the anchor's (`tháng 12 năm ngoái`, `next summer`).
    var yearOffset: Int? {
        get { _yearOffset == CalendarFields.absent ? nil : _yearOffset }
        set { _yearOffset = newValue ?? CalendarFields.absent }
    }

    /// The stored value of a field that is nil (a constant, not a stored global read through
    /// a lazy-initialisation check).
    @inline(__always) static var absent: Int { .min }

    private var _year = CalendarFields.absent
    private var _month = CalendarFields.absent
    private var _day = CalendarFields.absent
    private var _quarter = CalendarFields.absent
    private var _half = CalendarFields.absent
    private var _decade = CalendarFields.absent
    private var _shortDecade = CalendarFields.absent
    private var _century = CalendarFields.absent
    private var _shortYear = CalendarFields.absent
    private var _yearOffset = CalendarFields.absent

    /// The memberwise initializer the rules call with the fields they state.
    init(year: Int? = nil, month: Int? = nil, day: Int? = nil, season: String? = nil,
         quarter: Int? = nil, half: Int? = nil, decade: Int? = nil, shortDecade: Int? = nil, century: Int? = nil,
         shortYear: Int? = nil, bc: Bool = false, yearOffset: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.season = season
        self.quarter = quarter
        self.half = half
        self.decade = decade
        self.shortDecade = shortDecade
        self.century = century
        self.shortYear = shortYear
        self.bc = bc
        self.yearOffset = yearOffset
    }
}

/// A part of the day or a clock time attached to a date.
enum ClockSpec: Sendable, Hashable {
    /// TIMEX3 part-of-day code (`MO`, `AF`, `EV`, `NI`, `MI`, `DT`) or a fixed clock (`T24:00`).
    case part(String)
    case clock(hour: Int, minute: Int?, second: Int?)

    var suffix: String {
        switch self {
        case .part(let code): return code.hasPrefix("T") ? code : "T" + code
        case let .clock(h, m, s):
            var out = "T" + TimexFormat.two(h) + ":" + TimexFormat.two(m ?? 0)
            if let s { out += ":" + TimexFormat.two(s) }
            return out
        }
    }
}

/// What an expression means before it is anchored.
enum TimexCore: Sendable, Hashable {
    /// A date whose stated fields are known (`14/12`, `December 1941`, `the 1940s`).
    case calendar(CalendarFields)
    /// `offset` units away from the anchor; `anaphoric` expressions use the last mentioned
    /// date (`the next day`, `hôm sau`), deictic ones the document date in news mode.
    case relative(unit: TimeUnit, offset: Int, anaphoric: Bool)
    /// A weekday, optionally in a week relative to the anchor (`thứ Hai tuần trước`).
    case weekday(Int, weekOffset: Int?)
    /// A fixed value: `PRESENT_REF`, `P3D`, `XXXX-XX-XXTNI`, a set.
    case literal(String)
    /// A part of the day or a clock time only (`at dawn`, `10:30`), on the anchor's day when
    /// anaphoric, else on an unknown day.
    case clockOnly(anaphoric: Bool)
}

/// An expression found by a rule: token span, meaning and provenance.
struct TimexParse: Sendable, Hashable {
    /// Token indexes, `end` exclusive.
    var start: Int
    var end: Int
    var core: TimexCore
    var type: TimexType
    var rule: String
    var clock: ClockSpec?
    var timeOfDay: TimeOfDay?
    var ambiguous = false
    /// TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`).
    var mod: String?
    /// -1 when the wording points to the past (`vừa qua`, `last`), +1 to the future (`tới`, `next`).
    var direction = 0
    /// The tense of the verb governing a bare English weekday or month (`EnglishTense`): -1
    /// past, +1 future. Unlike `direction` it keeps the anchor's own day or month possible
    /// (`said on Friday` in a Friday story is that day).
    var lean = 0
    /// False for mentions that should not become the "last mentioned date": the second end
    /// of a range, a year in parentheses or used as a modifier (`the 1812 invasion`), a
    /// year after `until`.
    var movesReference = true
    /// UTF-8 range overriding the token span, for one token holding two dates (`1939-1945`).
    var byteRange: Range<Int>?

    init(start: Int, end: Int, core: TimexCore, type: TimexType = .date, rule: String,
         clock: ClockSpec? = nil, timeOfDay: TimeOfDay? = nil, ambiguous: Bool = false, mod: String? = nil) {
        self.start = start; self.end = end; self.core = core; self.type = type; self.rule = rule
        self.clock = clock; self.timeOfDay = timeOfDay; self.ambiguous = ambiguous; self.mod = mod
    }
}
