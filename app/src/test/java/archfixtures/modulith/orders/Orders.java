package archfixtures.modulith.orders;

import archfixtures.modulith.billing.internal.Ledger;

/** Broken: a module uses another module's internal type. */
public class Orders {

    Ledger ledger() {
        return new Ledger();
    }
}
