import LedgerCore
@testable import LedgerProjections

extension RandomRecords {
    mutating func incident() -> Incident {
        Incident(
            id: string(), group: string(), measure: pick(Measure.allCases), category: pick(VictimCategory.allCases),
            place: string(), placeText: maybe { $0.string() }, admin1: maybe { $0.string() }, day: maybe { $0.day() },
            lastDay: maybe { $0.day() }, low: anyInt(), high: anyInt(), best: anyInt(), rule: string(),
            sources: array(0...3) { r in
                SourceFigure(source: r.string(), claimID: r.string(), value: r.anyInt(), qualifier: r.pick(Qualifier.allCases),
                             supersedes: r.array(0...2) { $0.string() })
            },
            members: array(0...3) { r in
                IncidentMember(claimID: r.string(), source: r.string(), value: r.anyInt(), category: r.pick(VictimCategory.allCases),
                               day: r.maybe { $0.day() }, status: r.pick(MemberStatus.allCases), linkedBy: r.pick(LinkOrigin.allCases), evidence: r.evidence())
            },
            breakdown: Dictionary(array(0...4) { ($0.pick(VictimCategory.allCases).rawValue, $0.anyInt()) }) { a, _ in a })
    }
    mutating func discrepancy() -> Discrepancy {
        Discrepancy(kind: pick(DiscrepancyKind.allCases), severity: pick(Severity.allCases), group: string(), summary: string(),
                    stated: maybe { $0.int(-1000...1000) }, other: maybe { $0.int(-1000...1000) },
                    sideA: array(0...2) { $0.evidence() }, sideB: array(0...2) { $0.evidence() }, incidents: array(0...2) { $0.string() })
    }
    mutating func seriesPoint() -> SeriesPoint {
        SeriesPoint(series: string(), publisher: string(), scope: string(), periodStart: maybe { $0.day() },
                    periodEnd: maybe { $0.day() }, measure: pick(Measure.allCases), category: pick(VictimCategory.allCases),
                    position: anyInt(), claimID: string(), value: anyInt(), qualifier: pick(Qualifier.allCases),
                    reportDay: maybe { $0.day() }, delta: maybe { $0.anyInt() }, exclusions: array(0...2) { $0.string() },
                    evidence: evidence())
    }
    mutating func linkFact() -> LinkFact {
        LinkFact(seq: seq(), linked: bool(), claimIDs: array(0...3) { $0.string() }, reason: string(), recordedAt: string())
    }
    mutating func checkpoint() -> Checkpoints.Body {
        Checkpoints.Body(
            reports: array(0...2) { $0.reportInfo() }, claims: array(0...3) { $0.claimState() },
            republications: array(0...2) { Republication(report: $0.string(), original: $0.string(), reason: $0.string(), seq: $0.seq()) },
            links: array(0...2) { $0.linkFact() }, lastSeq: seq())
    }
}
