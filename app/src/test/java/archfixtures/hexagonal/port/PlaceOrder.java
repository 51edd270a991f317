package archfixtures.hexagonal.port;

import archfixtures.hexagonal.adapter.out.JdbcOrders;

/** Broken: a port that reaches into an adapter. */
public interface PlaceOrder {

    JdbcOrders storage();
}
