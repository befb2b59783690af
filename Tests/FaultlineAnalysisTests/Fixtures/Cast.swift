import FaultlineModel

/// The actors the test documents use, with the ids, kinds and codes an extractor would give.
enum Cast {
    static let all: [Actor] = [
        // The Aleppo seed article.
        Actor(id: "russia", name: "Nga", kind: .country, code: "RUS", country: "RUS", aliases: ["Nga"]),
        Actor(id: "turkey", name: "Thổ Nhĩ Kỳ", kind: .country, code: "TUR", country: "TUR", aliases: ["Thổ Nhĩ Kỳ"]),
        Actor(id: "syria", name: "Syria", kind: .country, code: "SYR", country: "SYR", aliases: ["Syria"]),
        Actor(id: "france", name: "Pháp", kind: .country, code: "FRA", country: "FRA", aliases: ["Pháp"]),
        Actor(id: "russian-foreign-ministry", name: "Bộ Ngoại giao Nga", kind: .organization, code: "RUSGOV", country: "RUS",
              aliases: ["Bộ Ngoại giao Nga"]),
        Actor(id: "russian-defence-ministry", name: "Bộ Quốc phòng Nga", kind: .organization, code: "RUSMIL", country: "RUS",
              aliases: ["Bộ Quốc phòng Nga"]),
        Actor(id: "sergei-lavrov", name: "Sergei Lavrov", kind: .person, code: "RUSGOV", country: "RUS",
              aliases: ["Ngoại trưởng nước này Sergei Lavrov"]),
        Actor(id: "mevlut-cavusoglu", name: "Mevlut Cavusoglu", kind: .person, code: "TURGOV", country: "TUR",
              aliases: ["Cavusoglu", "người đồng cấp Thổ Nhĩ Kỳ Mevlut Cavusoglu"]),
        Actor(id: "jean-marc-ayrault", name: "Jean-Marc Ayrault", kind: .person, code: "FRAGOV", country: "FRA",
              aliases: ["Ngoại trưởng Pháp Jean-Marc Ayrault"]),
        Actor(id: "united-nations", name: "Liên hợp quốc", kind: .organization, code: "IGOUNO", country: "IGO",
              aliases: ["LHQ", "Liên hợp quốc"]),
        Actor(id: "red-cross", name: "Tổ chức Chữ Thập đỏ quốc tế", kind: .organization, code: "NGOHLHIRC", country: "NGO",
              aliases: ["Tổ chức Chữ Thập đỏ quốc tế"]),
        Actor(id: "syrian-opposition", name: "lực lượng đối lập", kind: .armedGroup, code: "SYRREB", country: "SYR",
              aliases: ["các tay súng chống đối", "lực lượng đối lập"]),
        Actor(id: "syrian-government-forces", name: "quân đội chính phủ Syria", kind: .armedGroup, code: "SYRMIL", country: "SYR",
              aliases: ["Lực lượng ủng hộ Chính phủ Syria", "lực lượng chính phủ Syria", "quân đội chính phủ Syria"]),
        Actor(id: "bashar-al-assad", name: "Bashar al-Assad", kind: .person, code: "SYRGOV", country: "SYR",
              aliases: ["Tổng thống Syria Bashar al-Assad"]),
        Actor(id: "syrian-civilians", name: "dân thường", kind: .population, code: "SYRCVL", country: "SYR", aliases: ["dân thường"]),
        Actor(id: "aleppo", name: "Aleppo", kind: .location, code: nil, country: "SYR", aliases: ["Aleppo"]),
        Actor(id: "palmyra", name: "Palmyra", kind: .location, code: nil, country: "SYR", aliases: ["Palmyra"]),
        Actor(id: "west", name: "phương Tây", kind: .group, code: "WST", country: nil, aliases: ["phương Tây"]),
        Actor(id: "interfax", name: "Interfax", kind: .media, code: "RUSMED", country: "RUS", aliases: ["hãng tin Interfax"]),
        Actor(id: "ttxvn", name: "TTXVN", kind: .media, code: "VNMMED", country: "VNM", aliases: ["TTXVN"]),
        // The Sudan week (the multi-article examples).
        Actor(id: "sudanese-army", name: "Sudanese Armed Forces", kind: .armedGroup, code: "SDNMIL", country: "SDN",
              aliases: ["Quân đội Sudan", "the Sudanese army"]),
        Actor(id: "rsf", name: "Rapid Support Forces", kind: .armedGroup, code: "SDNREB", country: "SDN", aliases: ["RSF"]),
        Actor(id: "sudan-health-ministry", name: "Sudan's health ministry", kind: .organization, code: "SDNGOV", country: "SDN",
              aliases: ["Bộ Y tế Sudan"]),
        Actor(id: "sudanese-civilians", name: "civilians", kind: .population, code: "SDNCVL", country: "SDN",
              aliases: ["civilians", "dân thường"]),
        Actor(id: "msf", name: "Médecins Sans Frontières", kind: .organization, code: "NGOHLH", country: "NGO",
              aliases: ["MSF", "Tổ chức Bác sĩ không biên giới"]),
        Actor(id: "el-fasher", name: "El Fasher", kind: .location, code: nil, country: "SDN", aliases: ["El Fasher"]),
        Actor(id: "tawila", name: "Tawila", kind: .location, code: nil, country: "SDN", aliases: ["Tawila"]),
        // A second theatre for generic tests.
        Actor(id: "ukraine", name: "Ukraine", kind: .country, code: "UKR", country: "UKR", aliases: ["Ukraine"]),
        Actor(id: "ukrainian-army", name: "Ukrainian army", kind: .armedGroup, code: "UKRMIL", country: "UKR", aliases: ["Ukrainian forces"]),
        Actor(id: "russian-army", name: "Russian army", kind: .armedGroup, code: "RUSMIL", country: "RUS", aliases: ["Russian forces"]),
        Actor(id: "kharkiv", name: "Kharkiv", kind: .location, code: nil, country: "UKR", aliases: ["Kharkiv"]),
        Actor(id: "odesa", name: "Odesa", kind: .location, code: nil, country: "UKR", aliases: ["Odesa"]),
        Actor(id: "ukrainian-foreign-ministry", name: "Bộ Ngoại giao Ukraine", kind: .organization, code: "UKRGOV", country: "UKR",
              aliases: ["Bộ Ngoại giao Ukraine", "Ukraine's foreign ministry"]),
        Actor(id: "ukrainian-civilians", name: "Ukrainian civilians", kind: .population, code: "UKRCVL", country: "UKR",
              aliases: ["residents"]),
        Actor(id: "reporter", name: "a local reporter", kind: .person, code: nil, country: nil, aliases: ["a reporter"]),
    ]

    static let byId: [String: Actor] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    static func actor(_ id: String) -> Actor {
        guard let a = byId[id] else { fatalError("unknown test actor \(id)") }
        return a
    }
}

/// CAMEO codes for test events. Quad classes follow the root; Goldstein values are rounded
/// figures written for the tests (not the reference table).
enum TestCodes {
    static let goldstein: [String: Double] = [
        "01": 0, "02": 3, "03": 4, "04": 1, "05": 3.5, "06": 6, "07": 7, "08": 5, "09": -2, "10": -5,
        "11": -2, "12": -4, "13": -6, "14": -6.5, "15": -7, "16": -4, "17": -7, "18": -9, "19": -10, "20": -10,
    ]

    static func code(_ cameo: String) -> EventCode {
        let root = String(cameo.prefix(2))
        return EventCode(cameo: cameo, plover: "TEST", quad: EventCode.quadClass(root: Int(root) ?? 1),
                         goldstein: goldstein[root] ?? 0)
    }
}
