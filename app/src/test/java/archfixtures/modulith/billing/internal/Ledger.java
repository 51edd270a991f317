package archfixtures.modulith.billing.internal;

public class Ledger {
}
