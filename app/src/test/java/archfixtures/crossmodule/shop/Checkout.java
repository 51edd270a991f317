package archfixtures.crossmodule.shop;

import archfixtures.crossmodule.billing.Invoice;

/** Broken: one module calls another directly instead of through an event. */
public class Checkout {

    Invoice bill() {
        return new Invoice();
    }
}
