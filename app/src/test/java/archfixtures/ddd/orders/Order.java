package archfixtures.ddd.orders;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/** Broken: an aggregate holds another aggregate instead of its identifier. */
public class Order implements AggregateRoot<Order, Order.OrderId> {

    private final OrderId id = new OrderId();
    private Customer customer;

    @Override
    public OrderId getId() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public record OrderId() implements Identifier {
    }
}
