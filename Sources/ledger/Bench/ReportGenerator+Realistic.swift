import ArgumentParser
import Foundation
import LedgerCore

/// The data a benchmark generates.
enum BenchData: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Deliberately hard on the projections: one monitor, one area, ten villages, 540 days, so a
    /// linking group and a running series grow with the ledger.
    case hard
    /// Shaped like a real archive ingested in file-name order (names by date): the gazetteer's towns,
    /// districts and sub-districts in six governorates, sixty publishers, ten years of dates that
    /// advance with the reports, each up to two weeks late.
    case realistic
}

extension ReportGenerator {
    /// A place of the realistic data: its names and its governorate's.
    struct RealisticPlace {
        var arabic: String
        var english: String
        var governorateArabic: String
        var governorateEnglish: String
    }

    /// Every town, district and sub-district of the gazetteer whose governorate it also knows.
    static let realisticPlaces: [RealisticPlace] = SyriaGazetteer.places.compactMap { p in
        guard [.town, .district, .subdistrict].contains(p.level), let gov = SyriaGazetteer.governorate(of: p.key) else { return nil }
        return RealisticPlace(arabic: p.names.ar, english: p.names.en, governorateArabic: gov.names.ar, governorateEnglish: gov.names.en)
    }

    /// The first day of the realistic data's ten years.
    static let realisticStart = Day(year: 2015, month: 1, day: 1)!

    /// The `index`-th report of the realistic data: as the hard data's, but anywhere in the
    /// gazetteer, by one of sixty publishers, dated by its place in the run (ten years over the
    /// expected reports), up to 14 days earlier.
    mutating func realistic(_ index: Int) -> Report {
        let day = Int((Int64(index) * 3_652) / Int64(expectedReports))
        let published = Self.realisticStart.adding(days: max(0, day - int(0...14)))
        let place = pick(Self.realisticPlaces)
        let publisher = String(format: "Bench Monitor %02d", int(1...60))
        var report: Report
        if index % 2 == 0 {
            var text = arabic(index, published)
            text = text.replacingOccurrences(of: "محافظة دير الزور", with: "محافظة " + place.governorateArabic)
            for village in Self.arabicPlaces { text = text.replacingOccurrences(of: "بلدة \(village) ", with: "بلدة \(place.arabic) ") }
            text = text.replacingOccurrences(of: "بريف دير الزور الشرقي", with: "بريف " + place.governorateArabic)
            report = Report(name: String(format: "%07d_ar_generated.txt", index), text: text, published: published, language: "ar")
        } else {
            var text = english(index, published)
            text = text.replacingOccurrences(of: "DEIR EZ-ZOR, Syria", with: place.governorateEnglish.uppercased() + ", Syria")
            for village in Self.englishPlaces { text = text.replacingOccurrences(of: "near \(village) ", with: "near \(place.english) ") }
            report = Report(name: String(format: "%07d_en_generated.txt", index), text: text, published: published, language: "en")
        }
        report.publisher = publisher
        return report
    }
}
