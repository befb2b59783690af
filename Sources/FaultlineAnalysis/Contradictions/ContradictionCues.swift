/// Words with which a text itself says that accounts conflict, and related cue lists used by
/// contradiction detection. Vietnamese and English entries; a new language adds entries here.
///
/// Weights say how sure the cue alone makes us: `trái chiều` / `conflicting accounts` name a
/// conflict of accounts outright; `bác bỏ` / `rejected` may also reject a proposal, so they
/// weigh less unless an object such as `claims`/`cáo buộc` follows.
enum ContradictionCues {
    static let explicit = CueLexicon(cues: [
        // Vietnamese
        Cue("trái chiều", weight: 0.95),
        Cue("mâu thuẫn", weight: 0.9),
        Cue("trái ngược", weight: 0.9),
        Cue("phủ nhận", weight: 0.9),
        Cue("bác bỏ … thông tin", weight: 0.9, maxGap: 3),
        Cue("bác bỏ … cáo buộc", weight: 0.9, maxGap: 3),
        Cue("bác bỏ … tuyên bố", weight: 0.9, maxGap: 3),
        Cue("bác bỏ … luận điệu", weight: 0.9, maxGap: 3),
        Cue("bác bỏ", weight: 0.8, blockedAfter: rejectedProposals),
        Cue("không đúng sự thật", weight: 0.85),
        Cue("sai sự thật", weight: 0.85),
        Cue("bịa đặt", weight: 0.8),
        Cue("xuyên tạc", weight: 0.8),
        Cue("vu khống", weight: 0.8),
        Cue("bóc mẽ", weight: 0.8),
        // English
        Cue("conflicting … accounts", weight: 0.95, maxGap: 2),
        Cue("conflicting … reports", weight: 0.95, maxGap: 2),
        Cue("conflicting … claims", weight: 0.95, maxGap: 2),
        Cue("conflicting … versions", weight: 0.95, maxGap: 2),
        Cue("contradicted", weight: 0.9),
        Cue("contradicts", weight: 0.9),
        Cue("contradicting", weight: 0.9),
        Cue("contradictory", weight: 0.9),
        Cue("at odds with", weight: 0.85),
        Cue("denied", weight: 0.9, blockedAfter: deniedObjects),
        Cue("denies", weight: 0.9, blockedAfter: deniedObjects),
        Cue("denying", weight: 0.9, blockedAfter: deniedObjects),
        Cue("disputed", weight: 0.85, blockedAfter: disputedObjects),
        Cue("disputes", weight: 0.85, blockedAfter: disputedObjects),
        Cue("rejected … claims", weight: 0.9), Cue("rejected … allegations", weight: 0.9),
        Cue("rejected … accusations", weight: 0.9), Cue("rejected … reports", weight: 0.9),
        Cue("rejected … account", weight: 0.9), Cue("rejects … claims", weight: 0.9),
        Cue("rejects … allegations", weight: 0.9), Cue("rejects … accusations", weight: 0.9),
        Cue("dismissed … claims", weight: 0.85), Cue("dismissed … reports", weight: 0.85),
        Cue("dismissed … allegations", weight: 0.85),
        Cue("refuted", weight: 0.85), Cue("refutes", weight: 0.85),
        Cue("untrue", weight: 0.8), Cue("baseless", weight: 0.8), Cue("groundless", weight: 0.8),
        Cue("fabricated", weight: 0.75),
    ])

    /// `bác bỏ đề xuất` rejects a proposal, not an account.
    static let rejectedProposals = ["đề xuất", "đề nghị", "kế hoạch", "yêu cầu", "sáng kiến", "dự thảo", "kiến nghị"]

    /// `denied access` and the like deny something other than an account.
    static let deniedObjects = ["access", "entry", "permission", "visa", "visas", "bail", "passage", "request",
                                "requests", "asylum", "clearance", "service", "services", "care"]
    /// `disputed territory` is a place, not a disputed claim.
    static let disputedObjects = ["territory", "territories", "region", "regions", "border", "borders", "area",
                                  "areas", "island", "islands", "zone", "waters", "enclave", "election", "elections"]

    /// Triggers of harm done in response to harm (`repelled the attack`): the attacker, not the
    /// one who repels, is the one blamed.
    static let response = CueLexicon(cues: [
        Cue("đẩy lui"), Cue("đẩy lùi"), Cue("đáp trả"), Cue("trả đũa"), Cue("phản công"), Cue("đánh bật"),
        Cue("chặn đứng"), Cue("tự vệ"), Cue("đánh trả"),
        Cue("repel"), Cue("repels"), Cue("repelled"), Cue("repelling"), Cue("repulsed"), Cue("retaliate"),
        Cue("retaliated"), Cue("retaliation"), Cue("retaliatory"), Cue("responded"), Cue("fought off"),
        Cue("fend off"), Cue("fended off"), Cue("counterattack"), Cue("counter-attack"), Cue("counterattacked"),
        Cue("returned fire"), Cue("return fire"), Cue("self-defence"), Cue("self-defense"),
    ])
}
