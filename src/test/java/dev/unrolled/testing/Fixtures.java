package dev.unrolled.testing;

/** Example files used across tests, laid out one field per line so tests can pin line:column positions. */
public final class Fixtures {
    private Fixtures() {}

    /** The shipped alice example, without its optional titles and labels. */
    public static final String ALICE = """
            {
              "id": "alice",
              "features": ["female", "verb", "pronoun"],
              "hiddenSize": 1,
              "vocabulary": {"Alice": [1,0,0], "is": [0,1,0], "happy": [0,0,0], "She": [1,0,1], "smiles": [0,1,0]},
              "weights": {
                "forget":    {"W": [[0.2, 0.3, -0.1, 0.4]], "b": [-0.1]},
                "input":     {"W": [[0.5, 0.2, 0.3, -0.2]], "b": [0.3]},
                "candidate": {"W": [[0.3, 0.1, -0.2, 0.5]], "b": [0.1]},
                "output":    {"W": [[0.1, -0.2, 0.4, 0.3]], "b": [-0.2]}
              },
              "initialState": {"h": [0], "c": [0]},
              "sentences": [{"id": "alice", "text": "Alice is happy. She smiles."}],
              "arithmetic": {"mode": "hand", "decimals": 3}
            }
            """;

    /** A two-unit example (weights chosen by hand, not trained) with a longer sentence. */
    public static final String TWO_UNITS = """
            {
              "id": "pair",
              "features": ["noun", "verb"],
              "hiddenSize": 2,
              "vocabulary": {"cats": [1,0], "chase": [0,1], "mice": [1,0], "they": [0.5,0], "run": [0,1]},
              "weights": {
                "forget":    {"W": [[0.5, -0.3, 0.8, 0.1], [0.2, 0.4, -0.6, 0.9]], "b": [0.1, -0.2]},
                "input":     {"W": [[-0.4, 0.7, 0.3, -0.5], [0.6, -0.1, 0.2, 0.4]], "b": [0.0, 0.3]},
                "candidate": {"W": [[0.9, 0.2, -0.7, 0.6], [-0.3, 0.5, 0.4, -0.8]], "b": [-0.1, 0.2]},
                "output":    {"W": [[0.3, -0.6, 0.5, 0.2], [0.1, 0.8, -0.4, 0.7]], "b": [0.2, -0.1]}
              },
              "initialState": {"h": [0.1, -0.2], "c": [0.3, 0.05]},
              "sentences": [{"id": "chase", "text": "cats chase mice, they run."}],
              "arithmetic": {"mode": "exact", "decimals": 4}
            }
            """;
}
