import FaultlineModel

/// A hand-built stand-in for what extraction should give for the Aleppo seed article
/// (`../shared/seed/EXPECTED.md`): the same layout, actors, events and claims, with sentences
/// paraphrased for the tests. `variant` adds the things a real extractor may also produce.
enum SeedFixture {
    struct Variant: OptionSet {
        let rawValue: Int
        /// "Hai nhà lãnh đạo / Hai bên …" attributed to each minister as a claim of his own.
        static let ministerClaims = Variant(rawValue: 1)
        /// Cavusoglu's event coded as verbal conflict (quad 3) instead of material.
        static let verbalObstruction = Variant(rawValue: 2)
        /// The title event dated by the document date, not the text.
        static let titleDatedByDocument = Variant(rawValue: 4)
    }

    static let id = "aleppo-2016-12-14"

    static func part(_ variant: Variant = [], id: String = SeedFixture.id) -> DocumentAnalysis {
        var d = DocBuilder(id, language: "vi", published: "2016-12-15", source: "TTXVN/Tin Tức")
        let title = d.sentence("Nga, Thổ Nhĩ Kỳ cùng ủng hộ chấm dứt bạo lực ở Aleppo", role: .title,
                               mentions: ["russia", "turkey", "aleppo"])
        let lead = d.sentence("Ngày 14/12, Bộ Ngoại giao Nga thông báo Ngoại trưởng Sergei Lavrov và người đồng cấp Thổ Nhĩ Kỳ "
                              + "Mevlut Cavusoglu nhất trí ủng hộ việc chấm dứt bạo lực tại Syria, nhất là ở Aleppo.", role: .lead,
                              mentions: ["russian-foreign-ministry", "sergei-lavrov", "mevlut-cavusoglu", "syria", "aleppo"])
        let caption = d.sentence("Lực lượng chính phủ Syria tuần tra một con phố ở Aleppo ngày 13/12. Ảnh: AFP/TTXVN", role: .caption,
                                 mentions: ["syrian-government-forces", "aleppo"])
        let call = d.sentence("Theo Bộ Ngoại giao Nga, trong cuộc điện đàm do phía Thổ Nhĩ Kỳ đề xuất, hai ngoại trưởng đã bàn về "
                              + "tình hình Syria và cùng bày tỏ ủng hộ sớm chấm dứt bạo lực tại Aleppo.",
                              mentions: ["russian-foreign-ministry", "turkey", "sergei-lavrov", "mevlut-cavusoglu", "syria", "aleppo"])
        let leaders = d.sentence("Hai nhà lãnh đạo cũng nhấn mạnh cần bảo đảm an toàn cho người dân Aleppo và phối hợp viện trợ "
                                 + "nhân đạo với các tổ chức quốc tế.", mentions: ["sergei-lavrov", "mevlut-cavusoglu", "aleppo"])
        let terror = d.sentence("Hai bên khẳng định sẽ tiếp tục nỗ lực chống khủng bố quốc tế.",
                                mentions: ["sergei-lavrov", "mevlut-cavusoglu"])
        let conflicting = d.sentence("Trước đó, Nga và Thổ Nhĩ Kỳ đưa ra thông tin trái chiều về diễn biến tại Syria.",
                                     mentions: ["russia", "turkey", "syria"])
        let mod = d.sentence("Theo hãng tin Interfax, Bộ Quốc phòng Nga ngày 14/12 cho biết lực lượng đối lập ở Aleppo đã tấn công "
                             + "trở lại từ rạng sáng cùng ngày, nhưng quân đội chính phủ Syria đã đẩy lui các đợt tấn công.",
                             mentions: ["interfax", "russian-defence-ministry", "syrian-opposition", "aleppo", "syrian-government-forces"])
        let cavusoglu = d.sentence("Trong khi đó, Ngoại trưởng Thổ Nhĩ Kỳ Cavusoglu cho biết lực lượng chính phủ Syria cùng các nhóm vũ "
                                   + "trang khác đang tìm cách cản trở thỏa thuận sơ tán dân thường và lực lượng đối lập khỏi Aleppo.",
                                   mentions: ["mevlut-cavusoglu", "syrian-government-forces", "syrian-civilians", "syrian-opposition", "aleppo"])
        let ayrault = d.sentence("Cùng ngày, Ngoại trưởng Pháp Jean-Marc Ayrault nhấn mạnh cần có quan sát viên của Liên hợp quốc và các "
                                 + "tổ chức nhân đạo như Tổ chức Chữ Thập đỏ quốc tế tại phía Đông Aleppo.",
                                 mentions: ["jean-marc-ayrault", "united-nations", "red-cross", "aleppo"])
        let un = d.sentence("Trong khi đó, LHQ cho biết sẽ không can thiệp vào kế hoạch sơ tán các tay súng và dân thường khỏi phía "
                            + "Đông Aleppo, song sẵn sàng hỗ trợ mọi đợt sơ tán.",
                            mentions: ["united-nations", "syrian-opposition", "syrian-civilians", "aleppo"])
        d.sentence("TTXVN/Tin Tức", role: .signoff, mentions: ["ttxvn"])
        let teaser = d.sentence("Tổng thống Syria \"bóc mẽ\" tuyên bố của phương Tây về Aleppo, Palmyra", role: .teaser,
                                mentions: ["syria", "west", "aleppo", "palmyra"])
        d.sentence("Tổng thống Syria \"bóc mẽ\" tuyên bố của phương Tây về Aleppo, Palmyra", role: .teaser,
                   mentions: ["syria", "west", "aleppo", "palmyra"])
        let assad = d.sentence("Tổng thống Syria Bashar al-Assad khẳng định các tuyên bố của phương Tây về Aleppo với Nga là không đúng.",
                               mentions: ["bashar-al-assad", "west", "aleppo", "russia"])
        d.sentence("Chia sẻ:", role: .boilerplate)
        d.sentence("doanh nghiệp - Sản phẩm - Dịch vụ Thông cáo báo chí Rao vặt", role: .boilerplate)
        d.sentence("Các đơn vị thông tin của TTXVN", role: .boilerplate, mentions: ["ttxvn"])

        let day = "2016-12-14"
        let titleDate = variant.contains(.titleDatedByDocument) ? "2016-12-15" : day
        d.event(title, "051", source: ["russia", "turkey"], location: ["aleppo"], date: titleDate,
                anchor: variant.contains(.titleDatedByDocument) ? .document : .previous, trigger: "ủng hộ")
        let agree = d.event(lead, "051", source: ["sergei-lavrov", "mevlut-cavusoglu"], location: ["aleppo"], date: day,
                            trigger: "nhất trí ủng hộ")
        d.event(caption, "150", source: ["syrian-government-forces"], location: ["aleppo"], date: "2016-12-13", trigger: "tuần tra")
        let phone = d.event(call, "041", source: ["sergei-lavrov"], target: ["mevlut-cavusoglu"], date: day, anchor: .previous,
                            trigger: "điện đàm")
        let support = d.event(call, "051", source: ["sergei-lavrov", "mevlut-cavusoglu"], location: ["aleppo"], date: day,
                              anchor: .previous, trigger: "bày tỏ ủng hộ")
        let safety = d.event(leaders, "010", source: ["sergei-lavrov", "mevlut-cavusoglu"], location: ["aleppo"], date: day,
                             anchor: .previous, trigger: "nhấn mạnh")
        let fight = d.event(terror, "030", source: ["sergei-lavrov", "mevlut-cavusoglu"], date: day, anchor: .previous,
                            trigger: "tiếp tục nỗ lực")
        let attack = d.event(mod, "190", source: ["syrian-opposition"], location: ["aleppo"], date: day, anchor: .previous,
                             timeOfDay: .dawn, trigger: "tấn công")
        let repel = d.event(mod, "190", source: ["syrian-government-forces"], target: ["syrian-opposition"], location: ["aleppo"],
                            date: day, trigger: "đẩy lui")
        let obstruct = d.event(cavusoglu, variant.contains(.verbalObstruction) ? "120" : "191",
                               source: ["syrian-government-forces"], target: ["syrian-civilians", "syrian-opposition"],
                               location: ["aleppo"], date: day, anchor: .previous, trigger: "cản trở")
        let appeal = d.event(ayrault, "020", source: ["jean-marc-ayrault"], target: ["united-nations", "red-cross"],
                             location: ["aleppo"], date: day, anchor: .previous, modality: .appeal, trigger: "cần có")
        let noIntervention = d.event(un, "030", source: ["united-nations"], location: ["aleppo"], date: day, anchor: .previous,
                                     negated: true, modality: .intended, trigger: "can thiệp")
        let ready = d.event(un, "033", source: ["united-nations"], location: ["aleppo"], date: day, anchor: .previous,
                            modality: .intended, trigger: "sẵn sàng hỗ trợ")
        d.event(teaser, "111", source: ["syria"], target: ["west"], trigger: "bóc mẽ")
        let criticise = d.event(assad, "111", source: ["bashar-al-assad"], target: ["west"], location: ["aleppo"], date: day,
                                anchor: .previous, trigger: "khẳng định")

        d.claim(lead, speaker: "russian-foreign-ministry", events: [agree], date: day, cue: "thông báo")
        if variant.contains(.ministerClaims) {
            d.claim(call, speaker: "russian-foreign-ministry", events: [phone, support], date: day, cue: "theo")
            d.claim(leaders, speaker: "sergei-lavrov", events: [safety], date: day, cue: "nhấn mạnh")
            d.claim(leaders, speaker: "mevlut-cavusoglu", events: [safety], date: day, cue: "nhấn mạnh")
            d.claim(terror, speaker: "sergei-lavrov", events: [fight], date: day, cue: "khẳng định")
            d.claim(terror, speaker: "mevlut-cavusoglu", events: [fight], date: day, cue: "khẳng định")
        } else {
            d.claim(call, speaker: "russian-foreign-ministry", events: [phone, support, safety, fight], date: day, cue: "theo")
        }
        d.claim(mod, speaker: "russian-defence-ministry", events: [attack, repel], date: day, via: "interfax", cue: "cho biết")
        d.claim(cavusoglu, speaker: "mevlut-cavusoglu", events: [obstruct], date: day, cue: "cho biết")
        d.claim(ayrault, speaker: "jean-marc-ayrault", events: [appeal], date: day, cue: "nhấn mạnh")
        d.claim(un, speaker: "united-nations", events: [noIntervention, ready], date: day, cue: "cho biết")
        d.claim(assad, speaker: "bashar-al-assad", stance: .disputes, events: [criticise], date: day, about: ["west"], cue: "khẳng định")
        _ = conflicting
        return d.build()
    }
}
