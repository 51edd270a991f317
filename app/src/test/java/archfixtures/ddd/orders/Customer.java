package archfixtures.ddd.orders;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

public class Customer implements AggregateRoot<Customer, Customer.CustomerId> {

    private final CustomerId id = new CustomerId();

    @Override
    public CustomerId getId() {
        return id;
    }

    public record CustomerId() implements Identifier {
    }
}
