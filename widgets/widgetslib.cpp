// Anchor translation unit of the widgets library, so the library exists
// before its first view does.
namespace bb {
}
