/// The interface languages roadmap speaks.
public enum InterfaceLanguage: String, CaseIterable, Sendable {
    case en, th, ja

    /// The language named by `$LC_ALL`, `$LC_MESSAGES` or `$LANG` (`th_TH.UTF-8` → th), else English.
    public static func fromEnvironment(_ environment: some EnvironmentVariables) -> InterfaceLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return InterfaceLanguage(rawValue: String(value.prefix(2)).lowercased()) ?? .en
        }
        return .en
    }
}
