// Overloaded: one visitor for std::visit made of several lambdas, one per alternative
// (`std::visit(Overloaded{[](const A&) {…}, [](const B&) {…}}, value)`). A visitor that
// names every alternative and has no catch-all fails to compile when an alternative is
// added, which is the point: every kind is handled wherever kinds are told apart.
#pragma once

namespace kansli {

template <typename... Lambdas>
struct Overloaded : Lambdas... {
  using Lambdas::operator()...;
};

template <typename... Lambdas>
Overloaded(Lambdas...) -> Overloaded<Lambdas...>;

}  // namespace kansli
