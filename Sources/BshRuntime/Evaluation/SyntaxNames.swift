import BshLanguage

/// The language's expression node; Foundation has a type of the same name.
typealias Expression = BshLanguage.Expression
