import Mustache

// Mustache finds a value by reflection (a `Mirror` of the row, at every lookup) unless the row names
// its values itself. The rows pages hold by the thousand on a large ledger name theirs: a page of
// 80,000 claims renders without reflecting on each of its cells. Names must match the templates;
// the page tests render every one of these rows.

extension ClaimsPage.Row: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "report": report
        case "publisher": publisher
        case "arabic": arabic
        case "day": day
        case "kind": kind
        case "role": role
        case "measure": measure
        case "value": value
        case "qualifier": qualifier
        case "category": category
        case "place": place
        case "status": status
        case "sentence": sentence
        case "sourceHref": sourceHref
        default: nil
        }
    }
}

extension EvidenceSentence: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "before": before
        case "figure": figure
        case "after": after
        case "dir": dir
        case "lang": lang
        case "inContext": inContext
        default: nil
        }
    }
}

extension SeriesChart.Point: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "x": x
        case "y": y
        case "incidentsY": incidentsY
        case "value": value
        case "day": day
        case "claimID": claimID
        case "href": href
        case "label": label
        case "low": low
        case "best": best
        case "high": high
        default: nil
        }
    }
}

extension IncidentsPage.Row: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "day": day
        case "place": place
        case "placeText": placeText.isEmpty ? nil : placeText
        case "placeDir": placeDir
        case "placeLang": placeLang
        case "admin1": admin1
        case "measure": measure
        case "category": category
        case "low": low
        case "best": best
        case "high": high
        case "rule": rule
        case "sources": sources
        default: nil
        }
    }
}

extension IncidentsPage.SourceCell: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "source": source
        case "arabic": arabic
        case "value": value
        case "qualifier": qualifier
        case "href": href
        case "revised": revised
        default: nil
        }
    }
}

extension DiscrepanciesPage.Item: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "kind": kind
        case "severity": severity
        case "summary": summary
        case "summaryDir": summaryDir
        case "stated": stated
        case "other": other
        case "gap": gap
        case "sideA": sideA
        case "sideB": sideB
        case "incidents": incidents
        case "open": open
        default: nil
        }
    }
}

extension EvidenceView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "claimID": claimID
        case "href": href
        case "publisher": publisher
        case "publisherArabic": publisherArabic
        case "day": day
        case "value": value
        case "measure": measure
        case "category": category
        case "sentence": sentence
        default: nil
        }
    }
}
