package archfixtures.hexagonal.adapter.out;

public class JdbcOrders {
}
