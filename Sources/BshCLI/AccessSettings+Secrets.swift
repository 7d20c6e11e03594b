import CloudBackupAPI
import Foundation

extension AccessSettings {
    /// The secrets in use, as given: the API key, password or token, and the password of a URL given
    /// with credentials. A line holding one is never kept in the prompt's history.
    var secretValues: [String] {
        switch self {
        case .emulator:
            return []
        case .service(.direct(let endpoint, let token)):
            return [token.revealed] + Self.urlPassword(endpoint)
        case .service(.identity(let url, .apiKey(_, let key), _)):
            return [key.revealed] + Self.urlPassword(url)
        case .service(.identity(let url, .password(_, let password), _)):
            return [password.revealed] + Self.urlPassword(url)
        }
    }

    private static func urlPassword(_ url: String) -> [String] {
        guard let url = URLComponents(string: url) else { return [] }
        // As written and as decoded: a line may hold either.
        return Array(Set([url.percentEncodedPassword, url.password].compactMap { $0 }.filter { !$0.isEmpty }))
    }
}
