package io.camelqonto.emulator.internal.seed;

import java.util.List;

/** Names and shapes the seeded organization's data is made of. */
final class SeedCatalog {

    static final String ORGANIZATION_NAME = "Pied Piper Demo";

    /** Qonto's own bank and branch codes: every Qonto account IBAN starts with them. */
    static final String QONTO_BANK_CODE = "16958";
    static final String QONTO_BRANCH_CODE = "00001";
    static final String QONTO_BIC = "QNTOFRP1XXX";

    static final List<Merchant> MERCHANTS = List.of(
            new Merchant("Amazon Web Services", "card", "debit", "online_service", "Software & IT", "Cloud services",
                    2_000, 180_000, 20.0, "USD", "aws"),
            new Merchant("GitHub", "card", "debit", "online_service", "Software & IT", "Subscriptions",
                    400, 21_000, 0.0, "USD", "github"),
            new Merchant("Google Workspace", "card", "debit", "subscription", "Software & IT", "Subscriptions",
                    1_200, 9_600, 20.0, null, "google"),
            new Merchant("Slack", "card", "debit", "subscription", "Software & IT", "Subscriptions",
                    700, 14_000, 20.0, null, "slack"),
            new Merchant("SNCF Connect", "card", "debit", "transport", "Travel", "Trains",
                    2_500, 32_000, 10.0, null, "sncf"),
            new Merchant("Uber", "card", "debit", "transport", "Travel", "Taxis",
                    900, 7_500, 10.0, null, "uber"),
            new Merchant("Air France", "card", "debit", "transport", "Travel", "Flights",
                    9_000, 120_000, 0.0, null, "air-france"),
            new Merchant("Le Bistrot du Coin", "card", "debit", "restaurant_and_bar", "Meals", null,
                    1_500, 24_000, 10.0, null, null),
            new Merchant("Monoprix", "card", "debit", "food_and_grocery", "Meals", "Groceries",
                    800, 9_000, 5.5, null, "monoprix"),
            new Merchant("TotalEnergies", "card", "debit", "gas_station", "Travel", "Fuel",
                    3_000, 11_000, 20.0, null, "totalenergies"),
            new Merchant("Hotel Mercure Lyon", "card", "debit", "hotel_and_lodging", "Travel", "Hotels",
                    9_000, 45_000, 10.0, null, null),
            new Merchant("Fnac Pro", "card", "debit", "it_and_electronics", "Equipment", null,
                    2_000, 250_000, 20.0, null, "fnac"),
            new Merchant("Bureau Vallee", "card", "debit", "office_supply", "Office", null,
                    500, 15_000, 20.0, null, null),
            new Merchant("Aviato Logistics", "transfer", "debit", "logistics", "Operations", "Shipping",
                    20_000, 600_000, 20.0, null, null),
            new Merchant("Nucleus Design", "transfer", "debit", "marketing", "Marketing", "Agencies",
                    50_000, 900_000, 20.0, null, null),
            new Merchant("WeWork Paris", "transfer", "debit", "office_rental", "Office", "Rent",
                    250_000, 480_000, 20.0, null, null),
            new Merchant("Jared Dunn", "transfer", "debit", "salary", "Payroll", null,
                    280_000, 420_000, null, null, null),
            new Merchant("Hooli", "income", "credit", "sales", "Revenue", "Customers",
                    80_000, 2_500_000, null, null, null),
            new Merchant("Raviga Capital", "income", "credit", "treasury_and_interco", "Financing", null,
                    1_000_000, 5_000_000, null, null, null),
            new Merchant("Endframe SARL", "income", "credit", "sales", "Revenue", "Customers",
                    50_000, 900_000, null, null, null),
            new Merchant("Bachmanity GmbH", "income", "credit", "sales", "Revenue", "Customers",
                    30_000, 400_000, null, null, null),
            new Merchant("Initech Inc.", "swift_income", "credit", "sales", "Revenue", "Customers",
                    100_000, 1_500_000, null, "USD", null),
            new Merchant("Cheque deposit", "cheque", "credit", "other_income", "Revenue", null,
                    5_000, 150_000, null, null, null),
            new Merchant("URSSAF Ile-de-France", "direct_debit", "debit", "tax", "Taxes", "Social charges",
                    150_000, 900_000, null, null, null),
            new Merchant("EDF Entreprises", "direct_debit", "debit", "utility", "Office", "Energy",
                    8_000, 60_000, 20.0, null, "edf"),
            new Merchant("Orange Business", "direct_debit", "debit", "utility", "Software & IT", "Telecom",
                    4_000, 25_000, 20.0, null, "orange"),
            new Merchant("Alan Insurance", "direct_debit", "debit", "insurance", "Payroll", "Health insurance",
                    20_000, 120_000, null, null, "alan"),
            new Merchant("Qonto", "qonto_fee", "debit", "fees", "Bank fees", null,
                    2_900, 24_900, 20.0, null, "qonto"));

    /** Beneficiary names, each with the bank of its IBAN; the first ones are also transfer merchants above. */
    static final List<BeneficiarySpec> BENEFICIARIES = List.of(
            new BeneficiarySpec("Aviato Logistics", "FR", "30002", "CRLYFRPPXXX", "logistics"),
            new BeneficiarySpec("Nucleus Design", "FR", "20041", "PSSTFRPPXXX", "marketing"),
            new BeneficiarySpec("WeWork Paris", "FR", "30004", "BNPAFRPPXXX", "office_rental"),
            new BeneficiarySpec("Jared Dunn", "FR", "30003", "SOGEFRPPXXX", "salary"),
            new BeneficiarySpec("Hooli Cloud Services", "FR", "30004", "BNPAFRPPXXX", "online_service"),
            new BeneficiarySpec("Raviga Capital", "FR", "30003", "SOGEFRPPXXX", "finance"),
            new BeneficiarySpec("Endframe SARL", "FR", "10278", "CMCIFR2AXXX", "other_service"),
            new BeneficiarySpec("Bachmanity GmbH", "DE", "37040044", "COBADEFFXXX", "other_service"),
            new BeneficiarySpec("Erlich Bachman", "FR", "30002", "CRLYFRPPXXX", "other_expense"),
            new BeneficiarySpec("Monica Hall", "FR", "20041", "PSSTFRPPXXX", "salary"),
            new BeneficiarySpec("Dinesh Chugtai", "FR", "30004", "BNPAFRPPXXX", "salary"),
            new BeneficiarySpec("Bertram Gilfoyle", "FR", "30003", "SOGEFRPPXXX", "salary"),
            new BeneficiarySpec("Big Head Media", "FR", "10278", "CMCIFR2AXXX", "marketing"),
            new BeneficiarySpec("Laurie Bream Advisory", "DE", "10070000", "DEUTDEBBXXX", "legal_and_accounting"),
            new BeneficiarySpec("Russ Hanneman Ventures", "FR", "30004", "BNPAFRPPXXX", "finance"),
            new BeneficiarySpec("Peter Gregory Foundation", "FR", "30002", "CRLYFRPPXXX", "other_expense"),
            new BeneficiarySpec("Jian Yang Foods", "FR", "20041", "PSSTFRPPXXX", "food_and_grocery"),
            new BeneficiarySpec("Octopus Energy France", "FR", "30003", "SOGEFRPPXXX", "utility"),
            new BeneficiarySpec("OVHcloud", "FR", "10278", "CMCIFR2AXXX", "online_service"),
            new BeneficiarySpec("Cabinet Comptable Martin", "FR", "30004", "BNPAFRPPXXX", "legal_and_accounting"),
            new BeneficiarySpec("Intersite Hosting", "NL", "ABNA", "ABNANL2AXXX", "online_service"),
            new BeneficiarySpec("La Poste Pro", "FR", "20041", "PSSTFRPPXXX", "logistics"),
            new BeneficiarySpec("Imprimerie Durand", "FR", "30002", "CRLYFRPPXXX", "manufacturing"),
            new BeneficiarySpec("Studio Lumiere", "FR", "10278", "CMCIFR2AXXX", "marketing"),
            new BeneficiarySpec("Hendricks Consulting", "FR", "30004", "BNPAFRPPXXX", "other_service"),
            new BeneficiarySpec("Coleman Blair Architects", "FR", "30003", "SOGEFRPPXXX", "office_rental"),
            new BeneficiarySpec("Maison Dubois Traiteur", "FR", "20041", "PSSTFRPPXXX", "restaurant_and_bar"),
            new BeneficiarySpec("Atelier Renard", "FR", "30002", "CRLYFRPPXXX", "manufacturing"),
            new BeneficiarySpec("Sand Hill Legal", "DE", "50010517", "INGDDEFFXXX", "legal_and_accounting"),
            new BeneficiarySpec("Tres Comas Events", "FR", "10278", "CMCIFR2AXXX", "marketing"));

    /**
     * The organization's members. The first three act in the seeded data (the first, the owner, is the one
     * API callers act as); the others only appear in the list of memberships.
     */
    // Inferred: Qonto documents a membership's status without its values.
    static final List<MemberSpec> MEMBERS = List.of(
            new MemberSpec("Richard", "Hendricks", "owner", "active", "1990-03-14", "FR", "FR", "FR", true),
            new MemberSpec("Jared", "Dunn", "manager", "active", "1985-07-02", "US", "US", "FR", false),
            new MemberSpec("Monica", "Hall", "employee", "active", "1991-11-23", "US", "US", "FR", false),
            new MemberSpec("Bertram", "Gilfoyle", "admin", "active", "1988-01-30", "CA", "CA", "FR", true),
            new MemberSpec("Dinesh", "Chugtai", "employee", "active", "1989-05-09", "PK", "PK", "FR", false),
            new MemberSpec("Laurie", "Bream", "accountant", "active", "1979-09-17", "US", "US", "DE", false),
            new MemberSpec("Nelson", "Bighetti", "reporting", "active", "1992-02-28", "US", "US", "FR", false),
            new MemberSpec("Erlich", "Bachman", "admin", "revoked", "1983-12-05", "US", "US", "FR", false),
            new MemberSpec("Carla", "Walton", "employee", "pending", null, null, null, null, false));

    /**
     * How many months of statements every Qonto account has, up to the month before the anchor's: more than
     * a year, so that their periods span two years.
     */
    static final int STATEMENT_MONTHS = 18;

    static final List<String> LABELS = List.of("Marketing", "Operations", "Travel", "R&D", "Hiring");

    /** Label names nested under the label at the same position of {@link #LABELS}. */
    static final List<String> SUB_LABELS = List.of("Events", "Suppliers", "Trains", "Prototypes", "Recruiters");

    static final List<String> NOTES = List.of(
            "Team offsite", "Customer visit", "Quarterly supplies", "Approved by finance", "Conference travel");

    private SeedCatalog() {
    }
}
