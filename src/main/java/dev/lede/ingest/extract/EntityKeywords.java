package dev.lede.ingest.extract;

import java.util.Set;

/**
 * The words that say what a capitalised run names: the last word of an organisation's name gives its kind
 * ("... Command", "... Party"), a street-level or natural place word makes a place ("Main Street"), and a
 * locative preposition introduces one ("in Lausanne"). People, entities and name shapes all ask these.
 */
final class EntityKeywords {

    /** Prepositions after which a capitalised name is a location ("in Kyiv"), not the country's government. */
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "from", "to", "across");

    private static final Set<String> PLACE_WORDS = Set.of("Street", "Avenue", "Road", "Square", "Bridge", "Airport",
            "Station", "Park", "River", "Lake", "Mountains", "Valley", "Bay", "Ocean", "Gulf", "Strait", "Boulevard",
            "Highway", "Harbour", "Harbor", "Courthouse", "Stadium", "Arena", "Sea", "Island", "Islands", "Peninsula",
            "Desert", "Canal", "Coast", "Hills", "Plateau", "Basin", "Delta", "Prefecture", "Province");

    /** Street-level and natural places: "Main Street", "Lake Geneva" (as the run's last word only). */
    static boolean placeKeyword(String w) {
        return PLACE_WORDS.contains(w);
    }

    /** A capitalised keyword → the kind of organisation a name whose head it is names ("Ministry" → government body). */
    static String kindForKeyword(String w) {
        switch (w) {
            case "Command": case "Forces": case "Force": case "Corps": case "Brigade": case "Regiment": case "Division":
            case "Battalion": case "Fleet": case "Army": case "Navy": case "Guard": case "Guards":
                return "military_unit";
            case "Ministry": case "Department": case "Council": case "Parliament": case "Senate": case "Assembly":
            case "Congress": case "Court": case "Cabinet": case "Office": case "Commission": case "Government":
            case "Embassy": case "Consulate": case "Representatives": case "Commons": case "Legislature": case "Judiciary":
            case "Tribunal": case "Presidency": case "Secretariat": case "Municipality":
                return "government_body";
            case "Agency": case "Service": case "Bureau": case "Administration": case "Authority": case "Directorate":
            case "Police": case "Customs": case "Inspectorate":
                return "agency";
            case "Party": case "Front": case "Movement":
                return "political_party";
            case "Inc": case "Inc.": case "Ltd": case "Ltd.": case "Corp": case "Corp.": case "Corporation": case "LLC":
            case "plc": case "PLC": case "GmbH": case "AG": case "SA": case "Company": case "Co.": case "Group":
            case "Semiconductor": case "Semiconductors": case "Systems": case "Pharmaceuticals": case "Labs": case "Software":
            case "Electronics": case "Airways": case "Telecom": case "Industries": case "Enterprises": case "Energy":
            case "Bank": case "Airlines": case "Ventures": case "Capital": case "Partners": case "Investments": case "Motors": case "Technologies": case "Holdings": case "Media":
            case "Platforms": case "Securities": case "Insurance": case "Logistics": case "Foods": case "Petroleum": case "Mining":
            case "Pharma": case "Automotive": case "Shipping": case "Railways": case "Networks": case "Studios":
            case "Brands": case "Entertainment": case "Exchange": case "Television": case "Radio": case "Motor":
            // company forms that end a name in other countries ("PT Vale Indonesia Tbk", "Maybank Bhd")
            case "Tbk": case "Bhd": case "Berhad": case "Pty": case "Pte": case "SpA": case "NV": case "ASA": case "Oyj":
                return "company";
            case "Center": case "Centre": case "Institute": case "University": case "Foundation": case "Association":
            case "Organization": case "Organisation": case "Union": case "Committee": case "Federation": case "League":
            case "Alliance": case "Society": case "Council.": case "Team": case "Conference": case "Brotherhood": case "Tech":
            case "Hospital": case "Clinic": case "College": case "Academy":
                return "organization";
            default:
                return null;
        }
    }

    /** Company forms written before the name ("PT Vale Indonesia", "PJSC Gazprom Neft"): the whole run is a company. */
    static boolean companyPrefix(String w) {
        return switch (w) {
            case "PT", "PJSC", "JSC", "OJSC", "CJSC", "PAO", "OAO" -> true;
            default -> false;
        };
    }

    private EntityKeywords() {
    }
}
