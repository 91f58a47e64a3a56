/// A government fiscal year: Thai (October–September, named by the
/// Buddhist-Era year it ends in: ปีงบประมาณ พ.ศ. 2570 runs from 1 Oct 2026
/// to 30 Sep 2027) or Japanese 年度 (April–March, named by the year it
/// starts in: 2026年度 runs from 1 Apr 2026 to 31 Mar 2027).
public struct FiscalYear: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// Thai: October to September.
        case th
        /// Japanese: April to March.
        case jp

        /// The month it starts in.
        var firstMonth: Int { self == .th ? 10 : 4 }
    }

    public var kind: Kind
    /// The Gregorian year its name comes from: the year it ends in (Thai,
    /// shown + 543) or starts in (Japanese).
    public var year: Int

    /// The fiscal year of `kind` holding `day`.
    public init(containing day: CalendarDay, kind: Kind) {
        self.kind = kind
        switch kind {
        case .th: year = day.month >= 10 ? day.year + 1 : day.year
        case .jp: year = day.month >= 4 ? day.year : day.year - 1
        }
    }

    /// Its first day.
    public var first: CalendarDay {
        CalendarDay(year: kind == .th ? year - 1 : year, month: kind.firstMonth, day: 1)!
    }

    /// Its last day.
    public var last: CalendarDay { first.adding(months: 12).adding(days: -1) }

    /// The quarter of the fiscal year (1–4) holding `day`.
    public func quarter(of day: CalendarDay) -> Int {
        (day.month - kind.firstMonth + 12) % 12 / 3 + 1
    }

    /// The name the year goes by at home: `2570` (B.E.) for Thai, `2026` for Japanese.
    public var name: Int { kind == .th ? year + 543 : year }

    /// The Japanese era year of a Japanese fiscal year (令和8 for 2026), from 2019.
    public var reiwa: Int? { kind == .jp && year >= 2019 ? year - 2018 : nil }

    /// Its name: `Thai FY B.E. 2570`, `ปีงบประมาณ พ.ศ. 2570`, `タイ会計年度 仏暦2570年度`;
    /// `Japanese FY 2026`, `ปีงบประมาณญี่ปุ่น 2026`, `2026年度（令和8年度）`.
    public func name(in language: InterfaceLanguage) -> String {
        switch (kind, language) {
        case (.th, .en): "Thai FY B.E. \(name)"
        case (.th, .th): "ปีงบประมาณ พ.ศ. \(name)"
        case (.th, .ja): "タイ会計年度 仏暦\(name)年度"
        case (.jp, .en): "Japanese FY \(name)"
        case (.jp, .th): "ปีงบประมาณญี่ปุ่น \(name)"
        case (.jp, .ja): "\(name)年度" + (reiwa.map { "（令和\($0)年度）" } ?? "")
        }
    }

    /// Its short name, for a time axis: `FY2570`, `ปีงบฯ 2570`, `2570年度`; `FY2026`, `ปีงบฯ ญี่ปุ่น 2026`, `2026年度`.
    public func shortName(in language: InterfaceLanguage) -> String {
        switch (kind, language) {
        case (_, .en): "FY\(name)"
        case (.th, .th): "ปีงบฯ \(name)"
        case (.jp, .th): "ปีงบฯ ญี่ปุ่น \(name)"
        case (_, .ja): "\(name)年度"
        }
    }

    /// A quarter of it: `Q1 FY2570`, `ไตรมาส 1/2570`, `タイ2570年度 第1四半期`; `Q3 FY2026`, `2026年度 第3四半期`.
    public func quarterName(_ quarter: Int, in language: InterfaceLanguage) -> String {
        switch (kind, language) {
        case (_, .en): "Q\(quarter) FY\(name)"
        case (.th, .th): "ไตรมาส \(quarter)/\(name)"
        case (.jp, .th): "ไตรมาส \(quarter) ปีงบฯ ญี่ปุ่น \(name)"
        case (.th, .ja): "タイ\(name)年度 第\(quarter)四半期"
        case (.jp, .ja): "\(name)年度 第\(quarter)四半期"
        }
    }
}
