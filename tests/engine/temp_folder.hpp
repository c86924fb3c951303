#pragma once
// A fresh folder under the system's temporary folder for one test, removed at its end.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace claimcheck::test {

struct temp_folder {
    std::filesystem::path path;
    temp_folder() {
        static std::atomic<int> n{0};
        path = std::filesystem::temp_directory_path() /
               ("claimcheck_test_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~temp_folder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    temp_folder(const temp_folder&) = delete;
    temp_folder& operator=(const temp_folder&) = delete;
    /// Writes `bytes` to `name` (a path under the folder; its folders are made).
    void write(const std::string& name, const std::string& bytes) const {
        std::filesystem::create_directories((path / name).parent_path());
        std::ofstream out(path / name, std::ios::binary);
        out << bytes;
    }
};

}  // namespace claimcheck::test
