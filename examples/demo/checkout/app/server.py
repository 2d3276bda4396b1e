"""The demo's checkout service after its fixes: parameterised SQL, no eval, no shell."""

import sqlite3


def find_order(order_id):
    connection = sqlite3.connect("orders.db")
    return connection.execute("SELECT * FROM orders WHERE id = ?", (order_id,)).fetchall()
