// A vector for millions of plain records: grows with realloc, which the C library turns into
// mremap for large blocks, so growing never holds the old and the new copy at once and the
// unused tail of the capacity is never touched (it costs address space, not memory).
#pragma once
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace retorno {

template <typename T>
class big_vector {
  static_assert(std::is_trivially_copyable_v<T>, "big_vector moves its records with realloc");

public:
  big_vector() = default;
  big_vector(const big_vector&) = delete;
  big_vector& operator=(const big_vector&) = delete;
  big_vector(big_vector&& o) noexcept { swap(o); }
  big_vector& operator=(big_vector&& o) noexcept {
    big_vector(std::move(o)).swap(*this);
    return *this;
  }
  ~big_vector() { std::free(data_); }

  void swap(big_vector& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(capacity_, o.capacity_);
  }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  T& back() { return data_[size_ - 1]; }
  const T& back() const { return data_[size_ - 1]; }

  void push_back(const T& value) {
    if (size_ == capacity_) grow(size_ + 1);
    std::memcpy(static_cast<void*>(data_ + size_), &value, sizeof(T));
    ++size_;
  }
  // Appends `n` records copied from `from`.
  void append(const T* from, std::size_t n) {
    if (size_ + n > capacity_) grow(size_ + n);
    if (n > 0) std::memcpy(static_cast<void*>(data_ + size_), from, n * sizeof(T));
    size_ += n;
  }
  void pop_back() { --size_; }
  // Shrinks to `n` records, or grows with value-initialised ones.
  void resize(std::size_t n) {
    if (n > capacity_) grow(n);
    for (std::size_t i = size_; i < n; ++i) new (data_ + i) T();
    size_ = n;
  }
  void clear() { size_ = 0; }
  void reserve(std::size_t n) {
    if (n > capacity_) grow(n);
  }
  // Gives back the capacity beyond size(): for large blocks a remap, no copy.
  void shrink_to_fit() {
    if (capacity_ == size_) return;
    if (size_ == 0) {
      std::free(data_);
      data_ = nullptr;
      capacity_ = 0;
      return;
    }
    if (void* p = std::realloc(data_, size_ * sizeof(T))) {
      data_ = static_cast<T*>(p);
      capacity_ = size_;
    }
  }

private:
  void grow(std::size_t at_least) {
    std::size_t capacity = capacity_ < 16 ? 16 : capacity_ * 2;
    if (capacity < at_least) capacity = at_least;
    void* p = std::realloc(data_, capacity * sizeof(T));
    if (!p) throw std::bad_alloc();
    data_ = static_cast<T*>(p);
    capacity_ = capacity;
  }

  T* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace retorno
