import RoadmapCore
import Testing

/// The per-milestone three-way merge behind the UI's saves (and the git merge driver).
@Suite struct ThreeWayMergeTests {
    let time = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!
    let later = Timestamp(rfc3339: "2026-11-26T10:00:00Z")!

    func edited(_ roadmap: Roadmap, _ id: String, _ field: MilestoneField, _ value: String?, at: Timestamp? = nil) -> Roadmap {
        var copy = roadmap
        _ = try? copy[copy.locate(id)!].set(field, to: value, at: at ?? time)
        return copy
    }

    @Test func changesToDifferentMilestonesBothSurvive() {
        let base = BuiltInRoadmap.load()
        let ours = edited(base, "SC1", .status, "blocked")
        let theirs = edited(base, "CE1", .owner, "DIW / JETRO")
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged[result.merged.locate("SC1")!] == ours[ours.locate("SC1")!])
        #expect(result.merged[result.merged.locate("CE1")!] == theirs[theirs.locate("CE1")!])
    }

    @Test func differentFieldsOfOneMilestoneBothSurvive() {
        let base = BuiltInRoadmap.load()
        let ours = edited(base, "SC2", .status, "done")
        let theirs = edited(base, "SC2", .due, "2027-12-31", at: later)
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        let merged = result.merged[result.merged.locate("SC2")!]
        #expect(merged.status == .done && merged.due == CalendarDay(iso: "2027-12-31"))
        #expect(merged.history.map(\.field) == ["due", "status"], "both histories kept")
    }

    /// The UI folds quick changes of one field into one entry, replacing an
    /// entry already saved: the merge takes the fold, not the old entry.
    @Test func anEntryOurSideFoldedIsReplacedNotKept() {
        let saved = edited(BuiltInRoadmap.load(), "SC2", .status, "at-risk")  // on disk: in-progress → at-risk
        var ours = BuiltInRoadmap.load()
        _ = try? ours[ours.locate("SC2")!].set(.status, to: "blocked", at: later)  // folded: in-progress → blocked
        let theirs = edited(edited(saved, "SC2", .owner, "OIE / JETRO", at: later), "CE1", .notes, "outside")
        let result = ThreeWayMerge.merge(base: saved, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        let merged = result.merged[result.merged.locate("SC2")!]
        #expect(merged.status == .blocked && merged.owner == "OIE / JETRO")
        #expect(merged.history.map { "\($0.field) \($0.from ?? "∅")→\($0.to ?? "∅")" } == ["owner OIE→OIE / JETRO", "status in-progress→blocked"])
        #expect(result.merged[result.merged.locate("CE1")!].notes == "outside")

        // Folded back to where it began: no entry at all.
        let back = BuiltInRoadmap.load()
        let none = ThreeWayMerge.merge(base: saved, ours: back, theirs: edited(saved, "CE1", .notes, "outside"))
        let sc2 = none.merged[none.merged.locate("SC2")!]
        #expect(sc2.status == .inProgress && sc2.history.isEmpty)
    }

    @Test func sameFieldChangedDifferentlyIsAConflict() {
        let base = BuiltInRoadmap.load()
        let ours = edited(base, "SC2", .status, "done")
        let theirs = edited(base, "SC2", .status, "blocked")
        var result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.count == 1)
        let conflict = result.conflicts[0]
        #expect(conflict.milestoneID == "SC2" && conflict.field == .status)
        #expect(conflict.base == "in-progress" && conflict.ours == "done" && conflict.theirs == "blocked")
        #expect(result.merged[result.merged.locate("SC2")!].status == .blocked, "theirs until the user chooses")
        result.keepOurs(conflict, at: later)
        #expect(result.conflicts.isEmpty)
        let merged = result.merged[result.merged.locate("SC2")!]
        #expect(merged.status == .done)
        #expect(merged.history.last == HistoryEntry(at: later, field: "status", from: "blocked", to: "done"))
    }

    @Test func sameChangeOnBothSidesIsNotAConflict() {
        let base = BuiltInRoadmap.load()
        let ours = edited(base, "SC2", .status, "done")
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: ours)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged == ours, "history entries are not doubled")
    }

    /// Both offices made the same change at about the same time (the UI's
    /// `s` and `roadmap set` at once): one entry records it, not a second
    /// one claiming a change from a value the field no longer had.
    @Test func theSameChangeMadeTwiceIsRecordedOnceKeepingOurReason() throws {
        let base = BuiltInRoadmap.load()
        var ours = base, theirs = base
        try ours[ours.locate("SC2")!].set(.status, to: "at-risk", at: time, by: "田中 花子", reason: "予算未確定")
        try theirs[theirs.locate("SC2")!].set(.status, to: "at-risk", at: later, by: "สมชาย ใจดี")
        let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.conflicts.isEmpty)
        let history = merged.merged[merged.merged.locate("SC2")!].history
        #expect(history == [
            HistoryEntry(at: later, field: "status", from: "in-progress", to: "at-risk", by: "สมชาย ใจดี"),
            HistoryEntry(at: time, field: HistoryEntry.commentField, from: nil, to: "予算未確定", by: "田中 花子"),
        ], "their entry records the change; our reason stays as an update")

        // Without a reason of ours (or with the same one) nothing is added.
        var plain = base
        try plain[plain.locate("SC2")!].set(.status, to: "at-risk", at: time, by: "田中 花子")
        let once = ThreeWayMerge.merge(base: base, ours: plain, theirs: theirs).merged
        #expect(once[once.locate("SC2")!].history == [HistoryEntry(at: later, field: "status", from: "in-progress", to: "at-risk", by: "สมชาย ใจดี")])
        // A different end value is still a conflict, not a merged change.
        var other = base
        try other[other.locate("SC2")!].set(.status, to: "blocked", at: time)
        #expect(ThreeWayMerge.merge(base: base, ours: other, theirs: theirs).conflicts.map(\.fieldName) == ["status"])
    }

    @Test func additionsOnBothSidesAreKept() {
        let base = BuiltInRoadmap.load()
        var ours = base, theirs = base
        ours.addMilestone(to: 2, title: LocalizedText("ours"), at: time)        // CE8
        theirs.addMilestone(to: 0, title: LocalizedText("theirs"), at: time)    // SC8
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.locate("CE8") != nil && result.merged.locate("SC8") != nil)
        #expect(result.merged.locate("CE8")?.workstream == 2)
    }

    @Test func sameNewIDOnBothSidesIsAConflict() {
        let base = BuiltInRoadmap.load()
        var ours = base, theirs = base
        ours.addMilestone(to: 2, title: LocalizedText("ours"), at: time)
        theirs.addMilestone(to: 2, title: LocalizedText("theirs"), at: time)
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.map(\.field) == [.added])
    }

    @Test func removals() {
        let base = BuiltInRoadmap.load()
        var ours = base
        ours.removeMilestone(at: ours.locate("CE7")!)
        // Removed by us, untouched by them: removed.
        #expect(ThreeWayMerge.merge(base: base, ours: ours, theirs: base).merged.locate("CE7") == nil)
        // Removed by us, changed by them: a conflict, their version kept.
        let theirs = edited(base, "CE7", .status, "done")
        var result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.map(\.field) == [.removed])
        #expect(result.merged.locate("CE7") != nil)
        result.keepOurs(result.conflicts[0], at: later)
        #expect(result.merged.locate("CE7") == nil)
        // Changed by us, removed by them: a conflict; keeping ours puts it back.
        var result2 = ThreeWayMerge.merge(base: base, ours: theirs, theirs: ours)
        #expect(result2.conflicts.map(\.field) == [.removed])
        result2.keepOurs(result2.conflicts[0], at: later)
        #expect(result2.merged.locate("CE7") != nil)
    }
}

/// Titles merge one language at a time, as history names them (`title.th`).
@Suite struct TitleLanguageMergeTests {
    let time = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!
    let later = Timestamp(rfc3339: "2026-11-26T10:00:00Z")!

    func edited(_ roadmap: Roadmap, _ id: String, _ changes: [(MilestoneField, String)], at: Timestamp? = nil) throws -> Roadmap {
        var copy = roadmap
        for (field, value) in changes { try copy[copy.locate(id)!].set(field, to: value, at: at ?? time) }
        return copy
    }

    func withTitle(_ roadmap: Roadmap, _ id: String, _ title: LocalizedText) -> Roadmap {
        var copy = roadmap
        copy[copy.locate(id)!].title = title
        return copy
    }

    func text(_ pairs: KeyValuePairs<String, String>) -> LocalizedText {
        LocalizedText(translations: pairs.map { .init(language: $0.key, text: $0.value) })
    }

    @Test func differentLanguagesBothSurvive() throws {
        let base = BuiltInRoadmap.load()
        let ours = try edited(base, "SC2", [(.title(language: "th"), "ไทย ใหม่")])
        let theirs = try edited(base, "SC2", [(.title(language: "en"), "New English")], at: later)
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        let merged = result.merged[result.merged.locate("SC2")!]
        #expect(merged.title.translations?.map(\.text) == ["New English", "ไทย ใหม่", "次世代自動車・EV部品分野の協力"])
        #expect(merged.history.map(\.field) == ["title.en", "title.th"], "both histories kept")
    }

    @Test func sameLanguageChangedDifferentlyIsAConflictOfThatLanguageAlone() throws {
        let base = BuiltInRoadmap.load()
        let ours = try edited(base, "SC2", [(.title(language: "th"), "ของเรา"), (.title(language: "ja"), "我々")])
        let theirs = try edited(base, "SC2", [(.title(language: "th"), "ของเขา"), (.title(language: "en"), "Theirs")], at: later)
        var result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.map(\.fieldName) == ["title.th"])
        let conflict = result.conflicts[0]
        #expect(conflict.language == "th" && conflict.ours == "ของเรา" && conflict.theirs == "ของเขา")
        #expect(conflict.base == "ความร่วมมืออุตสาหกรรมยานยนต์สมัยใหม่และชิ้นส่วนยานยนต์ไฟฟ้า")
        var merged = result.merged[result.merged.locate("SC2")!]
        #expect(merged.title.translations?.map(\.text) == ["Theirs", "ของเขา", "我々"])
        #expect(merged.history.map(\.field) == ["title.th", "title.en", "title.ja"], "our entry for the conflicted language waits")
        result.keepOurs(conflict, at: later)
        merged = result.merged[result.merged.locate("SC2")!]
        #expect(merged.title.translations?.map(\.text) == ["Theirs", "ของเรา", "我々"])
        #expect(merged.history.last == HistoryEntry(at: later, field: "title.th", from: "ของเขา", to: "ของเรา"))
    }

    @Test func languagesAddedAndRemovedMergeThreeWay() {
        let base = withTitle(BuiltInRoadmap.load(), "SC2", text(["en": "E", "th": "T", "ja": "J"]))
        // We removed ja and added de; they changed en: all kept.
        let ours = withTitle(base, "SC2", text(["en": "E", "th": "T", "de": "D"]))
        let theirs = withTitle(base, "SC2", text(["en": "E2", "th": "T", "ja": "J"]))
        var result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged[result.merged.locate("SC2")!].title == text(["en": "E2", "th": "T", "de": "D"]))
        // We removed ja, they changed it: a conflict; keeping ours removes it.
        let theirs2 = withTitle(base, "SC2", text(["en": "E", "th": "T", "ja": "J2"]))
        result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs2)
        #expect(result.conflicts.map(\.fieldName) == ["title.ja"])
        #expect(result.conflicts[0].ours == nil && result.conflicts[0].theirs == "J2")
        #expect(result.merged[result.merged.locate("SC2")!].title == text(["en": "E", "th": "T", "ja": "J2", "de": "D"]))
        result.keepOurs(result.conflicts[0], at: later)
        #expect(result.merged[result.merged.locate("SC2")!].title == text(["en": "E", "th": "T", "de": "D"]))
    }

    @Test func aPlainTitleIsItsEnglishText() throws {
        let base = withTitle(BuiltInRoadmap.load(), "SC2", LocalizedText("Plain"))
        let ours = try edited(base, "SC2", [(.title(language: "th"), "ไทย")])
        let theirs = try edited(base, "SC2", [(.title(language: nil), "Plain, changed")], at: later)
        let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged[result.merged.locate("SC2")!].title == text(["en": "Plain, changed", "th": "ไทย"]))
        // Plain on every side: one conflict, named `title` as history names it.
        let plain = ThreeWayMerge.merge(base: base, ours: try edited(base, "SC2", [(.title(language: nil), "Ours")]), theirs: theirs)
        #expect(plain.conflicts.map(\.fieldName) == ["title"])
        #expect(plain.conflicts.first.map { [$0.base, $0.ours, $0.theirs] } == ["Plain", "Ours", "Plain, changed"])
    }

    @Test func removingEveryLanguageTheyKeptIsAConflict() {
        let base = withTitle(BuiltInRoadmap.load(), "SC2", text(["en": "E", "th": "T"]))
        let ours = withTitle(base, "SC2", text(["th": "T"]))
        let theirs = withTitle(base, "SC2", text(["en": "E"]))
        var result = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.map(\.fieldName) == ["title.en"])
        #expect(result.merged[result.merged.locate("SC2")!].title == text(["en": "E"]), "never an empty title")
        result.keepOurs(result.conflicts[0], at: later)
        #expect(result.merged[result.merged.locate("SC2")!].title == text(["th": "T"]))
    }
}

/// An entry equal to an older one (the same change made twice in a second)
/// is still a new change: the merge keeps it.
@Test func repeatedEqualHistoryEntriesAreKept() throws {
    let time = Timestamp(rfc3339: "2026-11-26T09:00:00Z")!
    var base = BuiltInRoadmap.load()
    let id = "SC2"
    _ = try base[base.locate(id)!].set(.status, to: "done", at: time)
    _ = try base[base.locate(id)!].set(.status, to: "in-progress", at: time)
    var ours = base
    _ = try ours[ours.locate(id)!].set(.status, to: "done", at: time)  // equal to base's first entry
    let result = ThreeWayMerge.merge(base: base, ours: ours, theirs: base)
    #expect(result.merged[result.merged.locate(id)!].history.count == 3)
    #expect(result.merged == ours)
}
