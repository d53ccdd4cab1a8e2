//! Integration tests of the KartaView workspace live in `tests/`; this library holds their shared helpers.
