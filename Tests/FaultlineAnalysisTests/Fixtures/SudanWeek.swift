import FaultlineModel

/// Six articles about one week of fighting around El Fasher (June 2024), written for the
/// tests, in English and Vietnamese, by several outlets: two outlets report the same market
/// shelling, one wire story is syndicated, the army and the RSF blame each other, the UN and
/// the army give different death tolls, MSF and the RSF disagree whether a hospital was hit,
/// and a ceasefire is announced jointly.
enum SudanWeek {
    static let wire = "sudan-2024-06-11-wire"            // English wire story
    static let bao = "sudan-2024-06-11-bao"              // Vietnamese outlet, same events
    static let syndicated = "sudan-2024-06-12-syndicated" // copy of the wire story
    static let ceasefire = "sudan-2024-06-13-ngung-ban"  // Vietnamese, joint ceasefire
    static let hospital = "sudan-2024-06-16-hospital"    // English, MSF vs RSF
    static let benhVien = "sudan-2024-06-16-benh-vien"   // Vietnamese, MSF vs health ministry

    static func parts() -> [DocumentAnalysis] {
        [wireStory(id: wire, published: "2024-06-11", edited: false), baoStory(),
         wireStory(id: syndicated, published: "2024-06-12", edited: true), ceasefireStory(), hospitalStory(), benhVienStory()]
    }

    static func wireStory(id: String, published: String, edited: Bool) -> DocumentAnalysis {
        var d = DocBuilder(id, language: "en", published: published, source: edited ? "Daily Courier" : "Wire One")
        let title = d.sentence("Shelling kills civilians in crowded El Fasher market", role: .title,
                               mentions: ["sudanese-civilians", "el-fasher"])
        let army = d.sentence("The Sudanese army said Rapid Support Forces fighters shelled the main market in El Fasher on "
                              + "Monday, killing 12 civilians and setting dozens of stalls on fire.",
                              mentions: ["sudanese-army", "rsf", "el-fasher", "sudanese-civilians"])
        let rsf = d.sentence("The RSF denied the accusation and said army aircraft had bombed the market that afternoon.",
                             mentions: ["rsf", "sudanese-army"])
        let un = d.sentence("The United Nations said at least 20 people were killed in the attack on the market.",
                            mentions: ["united-nations"])
        d.sentence("The two sides gave conflicting accounts of what happened.")
        d.sentence(edited ? "Aid agencies say the city of 1.8 million people has been under siege since May, and food is running out."
                          : "Aid agencies say the city of 1.8 million people has been under siege since May and food is running out.",
                   mentions: ["el-fasher"])
        if edited { d.sentence("This story was distributed by a syndication service.", role: .signoff) }
        d.event(title, "195", target: ["sudanese-civilians"], location: ["el-fasher"], date: published, anchor: .document,
                trigger: "shelling kills")
        let shelled = d.event(army, "195", source: ["rsf"], target: ["sudanese-civilians"], location: ["el-fasher"],
                              date: "2024-06-10", trigger: "shelled")
        let bombed = d.event(rsf, "195", source: ["sudanese-army"], target: ["sudanese-civilians"], location: ["el-fasher"],
                             date: "2024-06-10", anchor: .previous, timeOfDay: .afternoon, trigger: "bombed")
        let attack = d.event(un, "195", target: ["sudanese-civilians"], location: ["el-fasher"], date: "2024-06-10",
                             anchor: .previous, trigger: "attack")
        d.claim(army, speaker: "sudanese-army", stance: .accuse, events: [shelled], date: "2024-06-10", about: ["rsf"])
        d.claim(rsf, speaker: "rsf", stance: .accuse, events: [bombed], date: "2024-06-10", about: ["sudanese-army"])
        d.claim(un, speaker: "united-nations", events: [attack], date: "2024-06-10")
        return d.build()
    }

    static func baoStory() -> DocumentAnalysis {
        var d = DocBuilder(bao, language: "vi", published: "2024-06-11", source: "Báo Tin Nhanh")
        let title = d.sentence("Pháo kích chợ El Fasher, nhiều dân thường thiệt mạng", role: .title,
                               mentions: ["el-fasher", "sudanese-civilians"])
        let army = d.sentence("Quân đội Sudan cho biết lực lượng RSF đã pháo kích khu chợ chính ở El Fasher hôm 10/6, khiến 12 dân "
                              + "thường thiệt mạng.", mentions: ["sudanese-army", "rsf", "el-fasher", "sudanese-civilians"])
        let rsf = d.sentence("Trong khi đó, RSF phủ nhận cáo buộc và cho rằng máy bay của quân đội đã ném bom khu chợ.",
                             mentions: ["rsf", "sudanese-army"])
        d.sentence("Giao tranh giữa hai bên đã kéo dài hơn một năm.", mentions: [])
        d.event(title, "195", target: ["sudanese-civilians"], location: ["el-fasher"], date: "2024-06-11", anchor: .document,
                trigger: "pháo kích")
        let shelled = d.event(army, "195", source: ["rsf"], target: ["sudanese-civilians"], location: ["el-fasher"],
                              date: "2024-06-10", trigger: "pháo kích")
        let bombed = d.event(rsf, "195", source: ["sudanese-army"], location: ["el-fasher"], date: "2024-06-10",
                             anchor: .previous, trigger: "ném bom")
        d.claim(army, speaker: "sudanese-army", events: [shelled], date: "2024-06-10", cue: "cho biết")
        d.claim(rsf, speaker: "rsf", stance: .accuse, events: [bombed], date: "2024-06-10", about: ["sudanese-army"], cue: "cho rằng")
        return d.build()
    }

    static func ceasefireStory() -> DocumentAnalysis {
        var d = DocBuilder(ceasefire, language: "vi", published: "2024-06-13", source: "Báo Tin Nhanh")
        let title = d.sentence("Hai bên tại Sudan nhất trí ngừng bắn 72 giờ ở El Fasher", role: .title,
                               mentions: ["sudanese-army", "rsf", "el-fasher"])
        let deal = d.sentence("Liên hợp quốc cho biết đại diện quân đội Sudan và RSF đã nhất trí ngừng bắn 72 giờ tại El Fasher "
                              + "từ ngày 13/6 để đưa hàng cứu trợ vào thành phố.",
                              mentions: ["united-nations", "sudanese-army", "rsf", "el-fasher"])
        let army = d.sentence("Người phát ngôn quân đội khẳng định quân đội sẽ tôn trọng lệnh ngừng bắn.", mentions: ["sudanese-army"])
        let rsf = d.sentence("RSF cũng tuyên bố sẽ tuân thủ thỏa thuận và bác bỏ thông tin rằng họ đã vi phạm lệnh ngừng bắn trước đó.",
                             mentions: ["rsf"])
        d.event(title, "057", source: ["sudanese-army", "rsf"], location: ["el-fasher"], date: "2024-06-13", anchor: .document,
                trigger: "nhất trí")
        let agreed = d.event(deal, "057", source: ["sudanese-army", "rsf"], location: ["el-fasher"], date: "2024-06-13",
                             trigger: "nhất trí")
        let armyPledge = d.event(army, "030", source: ["sudanese-army"], date: "2024-06-13", anchor: .previous, modality: .intended,
                                 trigger: "tôn trọng")
        let rsfPledge = d.event(rsf, "030", source: ["rsf"], date: "2024-06-13", anchor: .previous, modality: .intended,
                                trigger: "tuân thủ")
        d.claim(deal, speaker: "united-nations", events: [agreed], date: "2024-06-13", cue: "cho biết")
        d.claim(army, speaker: "sudanese-army", events: [armyPledge], date: "2024-06-13", cue: "khẳng định")
        d.claim(rsf, speaker: "rsf", events: [rsfPledge], date: "2024-06-13", cue: "tuyên bố")
        return d.build()
    }

    static func hospitalStory() -> DocumentAnalysis {
        var d = DocBuilder(hospital, language: "en", published: "2024-06-16", source: "Wire One")
        let title = d.sentence("Drone strike hits hospital in El Fasher", role: .title, mentions: ["el-fasher"])
        let msf = d.sentence("Médecins Sans Frontières said a drone operated by the RSF struck the Saudi hospital in El Fasher "
                             + "on Saturday, wounding 8 patients.", mentions: ["msf", "rsf", "el-fasher"])
        let denial = d.sentence("An RSF spokesman said its forces did not strike the hospital.", mentions: ["rsf"])
        let shelling = d.sentence("Later, army artillery shelled RSF positions east of the city.", mentions: ["sudanese-army", "rsf"])
        d.event(title, "195", location: ["el-fasher"], date: "2024-06-15", anchor: .previous, trigger: "drone strike")
        let strike = d.event(msf, "195", source: ["rsf"], location: ["el-fasher"], date: "2024-06-15", trigger: "struck")
        let notStruck = d.event(denial, "195", source: ["rsf"], location: ["el-fasher"], date: "2024-06-15", anchor: .previous,
                                negated: true, trigger: "did not strike")
        d.event(shelling, "190", source: ["sudanese-army"], target: ["rsf"], location: ["el-fasher"], date: "2024-06-15",
                anchor: .previous, trigger: "shelled")
        d.claim(msf, speaker: "msf", events: [strike], date: "2024-06-15")
        d.claim(denial, speaker: "rsf", events: [notStruck], date: "2024-06-15")
        return d.build()
    }

    static func benhVienStory() -> DocumentAnalysis {
        var d = DocBuilder(benhVien, language: "vi", published: "2024-06-16", source: "Báo Tin Nhanh")
        d.sentence("Bệnh viện ở El Fasher bị tấn công bằng máy bay không người lái", role: .title, mentions: ["el-fasher"])
        let msf = d.sentence("Tổ chức Bác sĩ không biên giới (MSF) cho biết máy bay không người lái của RSF đã tấn công bệnh viện "
                             + "Saudi ở El Fasher hôm 15/6, làm 8 bệnh nhân bị thương.", mentions: ["msf", "rsf", "el-fasher"])
        let ministry = d.sentence("Bộ Y tế Sudan cho biết có 15 người bị thương trong vụ tấn công.", mentions: ["sudan-health-ministry"])
        let strike = d.event(msf, "195", source: ["rsf"], location: ["el-fasher"], date: "2024-06-15", trigger: "tấn công")
        let attack = d.event(ministry, "195", location: ["el-fasher"], date: "2024-06-15", anchor: .previous, trigger: "vụ tấn công")
        d.claim(msf, speaker: "msf", events: [strike], date: "2024-06-15", cue: "cho biết")
        d.claim(ministry, speaker: "sudan-health-ministry", events: [attack], date: "2024-06-15", cue: "cho biết")
        return d.build()
    }
}
